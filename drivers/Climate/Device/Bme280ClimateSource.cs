using System;
using System.Device.I2c;
using Iot.Device.Bmxx80;
using Iot.Device.Bmxx80.FilteringMode;
using Iot.Device.Bmxx80.PowerMode;
using Iot.Device.Bmxx80.ReadResult;
using nanoFramework.Hardware.Esp32;

namespace Telemetry.Drivers.Climate
{
    /// <summary>
    /// Device adapter: a BME280 on I2C1 through Iot.Device.Bmxx80, one forced-mode measurement per read.
    /// </summary>
    public sealed class Bme280ClimateSource : IClimateSource, IDisposable
    {
        private readonly I2cConnectionSettings _settings;
        private Bme280 _sensor;

        /// <summary>Routes SDA and SCL; the sensor is detected by <see cref="Open"/>.</summary>
        public Bme280ClimateSource(ClimateConfiguration configuration)
        {
            if (configuration == null)
            {
                throw new ArgumentNullException("configuration");
            }

            configuration.Validate();
            Configuration.SetPinFunction(configuration.DataPin, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(configuration.ClockPin, DeviceFunction.I2C1_CLOCK);
            _settings = new I2cConnectionSettings(ClimateConfiguration.BusId, configuration.I2cAddress);
        }

        /// <inheritdoc />
        public bool Open()
        {
            Close();
            I2cDevice device = I2cDevice.Create(_settings);
            try
            {
                // Reads the chip ID (0x60) and calibration; throws when nothing answers or another chip does.
                _sensor = new Bme280(device);

                // Weather monitoring (datasheet 3.5.1): x1 oversampling, no filter, asleep between reads,
                // so each Read() triggers one forced measurement.
                _sensor.TemperatureSampling = Sampling.UltraLowPower;
                _sensor.PressureSampling = Sampling.UltraLowPower;
                _sensor.HumiditySampling = Sampling.UltraLowPower;
                _sensor.FilterMode = Bmx280FilteringMode.Off;
                _sensor.SetPowerMode(Bmx280PowerMode.Sleep);
            }
            catch (Exception)
            {
                _sensor = null;
                device.Dispose();
                return false;
            }

            return true;
        }

        /// <inheritdoc />
        public bool Read(ClimateSample sample)
        {
            if (_sensor == null)
            {
                return false;
            }

            Bme280ReadResult result = _sensor.Read();
            sample.TemperatureIsValid = result.TemperatureIsValid;
            sample.TemperatureCelsius = result.Temperature.DegreesCelsius;
            sample.HumidityIsValid = result.HumidityIsValid;
            sample.HumidityPercent = result.Humidity.Percent;
            sample.PressureIsValid = result.PressureIsValid;
            sample.PressureHectopascals = result.Pressure.Hectopascals;
            return true;
        }

        /// <inheritdoc />
        public void Close()
        {
            if (_sensor != null)
            {
                _sensor.Dispose();
                _sensor = null;
            }
        }

        /// <summary>Releases the sensor.</summary>
        public void Dispose()
        {
            Close();
        }
    }
}
