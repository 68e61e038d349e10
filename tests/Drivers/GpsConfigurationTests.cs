using System;
using nanoFramework.TestFramework;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class GpsConfigurationTests
    {
        [TestMethod]
        public void DefaultsAreUart2On16And17At9600()
        {
            GpsConfiguration configuration = new GpsConfiguration();
            configuration.Validate();
            Assert.AreEqual("COM2", GpsConfiguration.PortName);
            Assert.AreEqual(16, configuration.RxPin);
            Assert.AreEqual(17, configuration.TxPin);
            Assert.AreEqual(9600, configuration.BaudRate);
            Assert.IsFalse(configuration.AcceptMissingChecksum);
        }

        [TestMethod]
        [DataRow("RxPin", -1)]
        [DataRow("RxPin", 40)]
        [DataRow("TxPin", 35)]
        [DataRow("TxPin", 16)]
        [DataRow("BaudRate", 300)]
        [DataRow("BaudRate", 1000000)]
        [DataRow("ReadChunkSize", 8)]
        [DataRow("UartBufferSize", 100)]
        public void InvalidSettingIsNamed(string field, int value)
        {
            GpsConfiguration configuration = new GpsConfiguration();
            switch (field)
            {
                case "RxPin":
                    configuration.RxPin = value;
                    break;
                case "TxPin":
                    configuration.TxPin = value;
                    break;
                case "BaudRate":
                    configuration.BaudRate = value;
                    break;
                case "ReadChunkSize":
                    configuration.ReadChunkSize = value;
                    break;
                default:
                    configuration.UartBufferSize = value;
                    break;
            }

            ArgumentAssert.ThrowsFor(field, configuration.Validate);
        }

        [TestMethod]
        [DataRow(4800)]
        [DataRow(38400)]
        [DataRow(115200)]
        public void CommonBaudRatesAreAccepted(int baud)
        {
            GpsConfiguration configuration = new GpsConfiguration();
            configuration.BaudRate = baud;
            configuration.Validate();
            Assert.AreEqual(baud, configuration.BaudRate);
        }
    }
}
