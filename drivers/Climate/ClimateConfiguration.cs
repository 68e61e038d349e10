using System;

namespace Telemetry.Drivers.Climate
{
    /// <summary>
    /// BME280 settings. Defaults: I2C1 on ESP32 GPIO 21 (SDA) and 22 (SCL), address 0x76, NotResponding after
    /// 3 failed reads in a row, re-detection every 30 s.
    /// </summary>
    public sealed class ClimateConfiguration
    {
        /// <summary>The I2C bus of the device adapter (pins routed with I2C1_DATA/I2C1_CLOCK).</summary>
        public const int BusId = 1;

        /// <summary>Address with SDO to ground (most breakout boards).</summary>
        public const int PrimaryAddress = 0x76;

        /// <summary>Address with SDO to VDDIO (Adafruit boards, the Bmxx80 library's default).</summary>
        public const int SecondaryAddress = 0x77;

        /// <summary>BME280 I2C address, 0x76 or 0x77.</summary>
        public int I2cAddress { get; set; } = PrimaryAddress;

        /// <summary>ESP32 pin of SDA.</summary>
        public int DataPin { get; set; } = 21;

        /// <summary>ESP32 pin of SCL.</summary>
        public int ClockPin { get; set; } = 22;

        /// <summary>Failed reads in a row (exceptions or no valid quantity) before the state is NotResponding.</summary>
        public int FailuresBeforeNotResponding { get; set; } = 3;

        /// <summary>Time between detection attempts while the sensor is missing or not responding, ms.</summary>
        public long RetryIntervalMilliseconds { get; set; } = 30000;

        /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
        public void Validate()
        {
            if (I2cAddress != PrimaryAddress && I2cAddress != SecondaryAddress)
            {
                throw new ArgumentException("I2cAddress must be 0x76 or 0x77.", "I2cAddress");
            }

            CheckPin(DataPin, "DataPin");
            CheckPin(ClockPin, "ClockPin");
            if (DataPin == ClockPin)
            {
                throw new ArgumentException("DataPin and ClockPin must differ.", "ClockPin");
            }

            if (FailuresBeforeNotResponding < 1 || FailuresBeforeNotResponding > 100)
            {
                throw new ArgumentException("FailuresBeforeNotResponding must be between 1 and 100.", "FailuresBeforeNotResponding");
            }

            if (RetryIntervalMilliseconds < 0)
            {
                throw new ArgumentException("RetryIntervalMilliseconds must not be negative.", "RetryIntervalMilliseconds");
            }
        }

        private static void CheckPin(int pin, string name)
        {
            // I2C lines are open drain outputs: ESP32 GPIO 34-39 are input only.
            if (pin < 0 || pin > 33)
            {
                throw new ArgumentException(name + " must be an output-capable ESP32 GPIO from 0 to 33.", name);
            }
        }
    }
}
