using System;
using System.Device.Adc;

namespace Telemetry.Drivers.Battery
{
    /// <summary>Device adapter: one channel of the ESP32 ADC (System.Device.Adc).</summary>
    public sealed class AdcRawReader : IRawAdcReader, IDisposable
    {
        private readonly AdcChannel _channel;

        /// <summary>Opens <see cref="BatteryConfiguration.AdcChannel"/>; the controller must match the configured resolution.</summary>
        public AdcRawReader(BatteryConfiguration configuration)
        {
            if (configuration == null)
            {
                throw new ArgumentNullException("configuration");
            }

            configuration.Validate();
            AdcController controller = new AdcController();
            if (controller.MaxValue != configuration.MaxRaw)
            {
                throw new ArgumentException("ResolutionBits does not match the ADC (" + controller.ResolutionInBits.ToString() + " bits).", "ResolutionBits");
            }

            _channel = controller.OpenChannel(configuration.AdcChannel);
        }

        /// <inheritdoc />
        public int ReadRaw()
        {
            return _channel.ReadValue();
        }

        /// <summary>Releases the channel.</summary>
        public void Dispose()
        {
            _channel.Dispose();
        }
    }
}
