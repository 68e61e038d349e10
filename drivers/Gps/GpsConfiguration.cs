using System;

namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// GPS receiver settings. Defaults: UART2 (COM2) on ESP32 GPIO 16 (RX) and 17 (TX), 9600 baud.
    /// </summary>
    public sealed class GpsConfiguration
    {
        /// <summary>The UART the device adapter opens (its pins are routed with COM2_RX/COM2_TX).</summary>
        public const string PortName = "COM2";

        /// <summary>ESP32 pin receiving the GPS TX line.</summary>
        public int RxPin { get; set; } = 16;

        /// <summary>ESP32 pin driving the GPS RX line (for configuration commands).</summary>
        public int TxPin { get; set; } = 17;

        /// <summary>UART speed; most receivers ship at 9600.</summary>
        public int BaudRate { get; set; } = 9600;

        /// <summary>Parse sentences that carry no '*hh' checksum instead of dropping them (default false).</summary>
        public bool AcceptMissingChecksum { get; set; }

        /// <summary>Bytes taken from the source per read into the parser's fixed buffer.</summary>
        public int ReadChunkSize { get; set; } = 256;

        /// <summary>Driver-side UART receive buffer; must hold the bytes arriving between two reads.</summary>
        public int UartBufferSize { get; set; } = 2048;

        /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
        public void Validate()
        {
            CheckPin(RxPin, "RxPin");
            CheckPin(TxPin, "TxPin");
            if (TxPin >= 34)
            {
                throw new ArgumentException("TxPin must be an output-capable pin (ESP32 GPIO 34-39 are input only).", "TxPin");
            }

            if (RxPin == TxPin)
            {
                throw new ArgumentException("RxPin and TxPin must differ.", "TxPin");
            }

            if (BaudRate < 1200 || BaudRate > 921600)
            {
                throw new ArgumentException("BaudRate must be between 1200 and 921600.", "BaudRate");
            }

            if (ReadChunkSize < 16 || ReadChunkSize > 4096)
            {
                throw new ArgumentException("ReadChunkSize must be between 16 and 4096 bytes.", "ReadChunkSize");
            }

            if (UartBufferSize < 256 || UartBufferSize > 16384)
            {
                throw new ArgumentException("UartBufferSize must be between 256 and 16384 bytes.", "UartBufferSize");
            }
        }

        private static void CheckPin(int pin, string name)
        {
            if (pin < 0 || pin > 39)
            {
                throw new ArgumentException(name + " must be an ESP32 GPIO number from 0 to 39.", name);
            }
        }
    }
}
