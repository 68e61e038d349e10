using System;
using System.IO.Ports;
using nanoFramework.Hardware.Esp32;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Device adapter: the GPS UART (COM2 on the configured pins). Reads only what is already received.
    /// </summary>
    public sealed class SerialNmeaSource : INmeaByteSource, IDisposable
    {
        private readonly SerialPort _port;

        /// <summary>Routes the pins, opens COM2 at the configured baud rate (8N1).</summary>
        public SerialNmeaSource(GpsConfiguration configuration)
        {
            if (configuration == null)
            {
                throw new ArgumentNullException("configuration");
            }

            configuration.Validate();
            Configuration.SetPinFunction(configuration.RxPin, DeviceFunction.COM2_RX);
            Configuration.SetPinFunction(configuration.TxPin, DeviceFunction.COM2_TX);
            _port = new SerialPort(GpsConfiguration.PortName, configuration.BaudRate);
            _port.ReadBufferSize = configuration.UartBufferSize;
            _port.Open();
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            int available = _port.BytesToRead;
            if (available <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, available < count ? available : count);
        }

        /// <summary>Closes the port.</summary>
        public void Dispose()
        {
            _port.Dispose();
        }
    }
}
