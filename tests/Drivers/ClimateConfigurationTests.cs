using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers.Climate;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class ClimateConfigurationTests
    {
        [TestMethod]
        public void DefaultsAreI2c1On21And22At0x76()
        {
            ClimateConfiguration configuration = new ClimateConfiguration();
            configuration.Validate();
            Assert.AreEqual(1, ClimateConfiguration.BusId);
            Assert.AreEqual(0x76, configuration.I2cAddress);
            Assert.AreEqual(21, configuration.DataPin);
            Assert.AreEqual(22, configuration.ClockPin);
            Assert.AreEqual(3, configuration.FailuresBeforeNotResponding);
        }

        [TestMethod]
        public void SecondaryAddressIsAccepted()
        {
            ClimateConfiguration configuration = new ClimateConfiguration();
            configuration.I2cAddress = ClimateConfiguration.SecondaryAddress;
            configuration.Validate();
            Assert.AreEqual(0x77, configuration.I2cAddress);
        }

        [TestMethod]
        [DataRow("I2cAddress", 0x75)]
        [DataRow("I2cAddress", 0x78)]
        [DataRow("DataPin", 34)]
        [DataRow("DataPin", -1)]
        [DataRow("ClockPin", 39)]
        [DataRow("ClockPin", 21)]
        [DataRow("FailuresBeforeNotResponding", 0)]
        [DataRow("RetryIntervalMilliseconds", -1)]
        public void InvalidSettingIsNamed(string field, int value)
        {
            ClimateConfiguration configuration = new ClimateConfiguration();
            switch (field)
            {
                case "I2cAddress":
                    configuration.I2cAddress = value;
                    break;
                case "DataPin":
                    configuration.DataPin = value;
                    break;
                case "ClockPin":
                    configuration.ClockPin = value;
                    break;
                case "FailuresBeforeNotResponding":
                    configuration.FailuresBeforeNotResponding = value;
                    break;
                default:
                    configuration.RetryIntervalMilliseconds = value;
                    break;
            }

            ArgumentAssert.ThrowsFor(field, configuration.Validate);
        }
    }
}
