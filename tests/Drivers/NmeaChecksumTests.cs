using System.Text;
using nanoFramework.TestFramework;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class NmeaChecksumTests
    {
        [TestMethod]
        [DataRow("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47")]
        [DataRow("$GNRMC,001031.00,A,4404.13993,N,12118.86023,W,0.146,,100117,,,A*7B\r\n")]
        [DataRow("$GPVTG,054.7,T,034.4,M,005.5,N,010.2,K*48")]
        public void AcceptsValidSentences(string sentence)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(sentence);
            Assert.IsTrue(NmeaChecksum.Verify(bytes, 0, bytes.Length), sentence);
        }

        [TestMethod]
        [DataRow("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*48")]
        [DataRow("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,47")]
        [DataRow("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*4G")]
        [DataRow("GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47")]
        [DataRow("$*")]
        public void RefusesCorruptSentences(string sentence)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(sentence);
            Assert.IsFalse(NmeaChecksum.Verify(bytes, 0, bytes.Length), sentence);
        }

        [TestMethod]
        public void ComputesXorOfTheBody()
        {
            byte[] bytes = new byte[] { (byte)'A', (byte)'B', (byte)'C' };
            Assert.AreEqual((byte)('A' ^ 'B' ^ 'C'), NmeaChecksum.Compute(bytes, 0, 3));
        }

        [TestMethod]
        [DataRow((byte)'7', 7)]
        [DataRow((byte)'b', 11)]
        [DataRow((byte)'F', 15)]
        [DataRow((byte)'g', -1)]
        public void ReadsHexDigits(byte digit, int value)
        {
            Assert.AreEqual(value, NmeaChecksum.HexValue(digit));
        }
    }
}
