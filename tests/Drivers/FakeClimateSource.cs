using System;
using Telemetry.Drivers.Climate;

namespace Telemetry.Tests.Drivers
{
    /// <summary>Climate source for tests: present or not, throwing or not, delivering set values.</summary>
    public sealed class FakeClimateSource : IClimateSource
    {
        /// <summary>Creates a present sensor reading 21.5 °C, 40 %, 1000 hPa.</summary>
        public FakeClimateSource()
        {
            Present = true;
            Temperature = 21.5;
            Humidity = 40;
            Pressure = 1000;
            TemperatureValid = true;
            HumidityValid = true;
            PressureValid = true;
        }

        /// <summary>Open succeeds.</summary>
        public bool Present { get; set; }

        /// <summary>Open throws instead of returning false.</summary>
        public bool ThrowOnOpen { get; set; }

        /// <summary>Read throws (I2C error).</summary>
        public bool ThrowOnRead { get; set; }

        /// <summary>Read returns false.</summary>
        public bool RefuseRead { get; set; }

        /// <summary>Temperature delivered, °C.</summary>
        public double Temperature { get; set; }

        /// <summary>Humidity delivered, %.</summary>
        public double Humidity { get; set; }

        /// <summary>Pressure delivered, hPa.</summary>
        public double Pressure { get; set; }

        /// <summary>Temperature flag delivered.</summary>
        public bool TemperatureValid { get; set; }

        /// <summary>Humidity flag delivered.</summary>
        public bool HumidityValid { get; set; }

        /// <summary>Pressure flag delivered.</summary>
        public bool PressureValid { get; set; }

        /// <summary>Calls to Open.</summary>
        public int Opens { get; private set; }

        /// <summary>Calls to Read.</summary>
        public int Reads { get; private set; }

        /// <summary>Calls to Close.</summary>
        public int Closes { get; private set; }

        /// <inheritdoc />
        public bool Open()
        {
            Opens++;
            if (ThrowOnOpen)
            {
                throw new InvalidOperationException("bus error");
            }

            return Present;
        }

        /// <inheritdoc />
        public bool Read(ClimateSample sample)
        {
            Reads++;
            if (ThrowOnRead)
            {
                throw new InvalidOperationException("I2C NACK");
            }

            if (RefuseRead)
            {
                return false;
            }

            sample.TemperatureCelsius = Temperature;
            sample.TemperatureIsValid = TemperatureValid;
            sample.HumidityPercent = Humidity;
            sample.HumidityIsValid = HumidityValid;
            sample.PressureHectopascals = Pressure;
            sample.PressureIsValid = PressureValid;
            return true;
        }

        /// <inheritdoc />
        public void Close()
        {
            Closes++;
        }
    }
}
