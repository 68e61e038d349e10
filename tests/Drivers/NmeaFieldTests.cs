using nanoFramework.TestFramework;
using Telemetry.Drivers.Gps;

namespace Telemetry.Tests.Drivers
{
    [TestClass]
    public class NmeaFieldTests
    {
        [TestMethod]
        [DataRow("0", 0.0)]
        [DataRow("42", 42.0)]
        [DataRow("-34.2", -34.2)]
        [DataRow("+1.5", 1.5)]
        [DataRow("0.004", 0.004)]
        [DataRow(".5", 0.5)]
        [DataRow("7.", 7.0)]
        [DataRow("12118.86023", 12118.86023)]
        [DataRow("123456789012345", 123456789012345.0)]
        public void ReadsDecimals(string text, double expected)
        {
            byte[] bytes = NmeaFeed.Bytes("," + text + ",");
            double value;
            Assert.IsTrue(NmeaField.TryParseDecimal(bytes, 1, bytes.Length - 1, out value), text);
            Approx.Equal(expected, value, 1e-12 * (1 + System.Math.Abs(expected)), text);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("-")]
        [DataRow(".")]
        [DataRow("1.2.3")]
        [DataRow("1e5")]
        [DataRow("12 3")]
        [DataRow("1234567890123456")]
        [DataRow("--1")]
        public void RefusesBadDecimals(string text)
        {
            byte[] bytes = NmeaFeed.Bytes("," + text + ",");
            double value;
            Assert.IsFalse(NmeaField.TryParseDecimal(bytes, 1, bytes.Length - 1, out value), text);
        }

        [TestMethod]
        [DataRow("123519", 45319000)]
        [DataRow("000000.00", 0)]
        [DataRow("161229.487", 58349487)]
        [DataRow("235959.9", 86399900)]
        [DataRow("092725.5", 34045500)]
        [DataRow("235960", 86399999)]
        public void ReadsTimes(string text, int expected)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int value;
            Assert.IsTrue(NmeaField.TryParseTime(bytes, 0, bytes.Length, out value), text);
            Assert.AreEqual(expected, value, text);
        }

        [TestMethod]
        [DataRow("240000")]
        [DataRow("126000")]
        [DataRow("123561")]
        [DataRow("12351")]
        [DataRow("123519,")]
        [DataRow("1235a9")]
        [DataRow("123519.x")]
        public void RefusesBadTimes(string text)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int value;
            Assert.IsFalse(NmeaField.TryParseTime(bytes, 0, bytes.Length, out value), text);
        }

        [TestMethod]
        [DataRow("230394", 1994, 3, 23)]
        [DataRow("010125", 2025, 1, 1)]
        [DataRow("060180", 1980, 1, 6)]
        [DataRow("290224", 2024, 2, 29)]
        [DataRow("311279", 2079, 12, 31)]
        public void ReadsDates(string text, int year, int month, int day)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int y;
            int m;
            int d;
            Assert.IsTrue(NmeaField.TryParseDate(bytes, 0, bytes.Length, out y, out m, out d), text);
            Assert.AreEqual(year, y);
            Assert.AreEqual(month, m);
            Assert.AreEqual(day, d);
        }

        [TestMethod]
        [DataRow("290223")]
        [DataRow("310424")]
        [DataRow("001224")]
        [DataRow("011324")]
        [DataRow("01012")]
        [DataRow("0101245")]
        public void RefusesBadDates(string text)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int y;
            int m;
            int d;
            Assert.IsFalse(NmeaField.TryParseDate(bytes, 0, bytes.Length, out y, out m, out d), text);
        }

        [TestMethod]
        [DataRow("4807.038,N", true, 48.1173)]
        [DataRow("4807.038,S", true, -48.1173)]
        [DataRow("01131.000,E", false, 11.516666666666667)]
        [DataRow("01131.000,W", false, -11.516666666666667)]
        [DataRow("9000.000,N", true, 90.0)]
        [DataRow("0000.0000,S", true, 0.0)]
        [DataRow("18000.0,W", false, -180.0)]
        public void ReadsCoordinates(string text, bool latitude, double expected)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int comma = text.IndexOf(',');
            double value;
            Assert.IsTrue(NmeaField.TryParseCoordinate(bytes, 0, comma, comma + 1, bytes.Length, latitude, out value), text);
            Approx.Equal(expected, value, 1e-12, text);
        }

        [TestMethod]
        [DataRow("4807.038,E", true)]
        [DataRow("01131.000,N", false)]
        [DataRow("9000.001,N", true)]
        [DataRow("18000.01,E", false)]
        [DataRow("4860.0,N", true)]
        [DataRow("4807.038,", true)]
        [DataRow("4807.038,NN", true)]
        [DataRow(",N", true)]
        public void RefusesBadCoordinates(string text, bool latitude)
        {
            byte[] bytes = NmeaFeed.Bytes(text);
            int comma = text.IndexOf(',');
            double value;
            Assert.IsFalse(NmeaField.TryParseCoordinate(bytes, 0, comma, comma + 1, bytes.Length, latitude, out value), text);
        }

        [TestMethod]
        [DataRow(2024, 2, 29)]
        [DataRow(2023, 2, 28)]
        [DataRow(2000, 2, 29)]
        [DataRow(2100, 2, 28)]
        [DataRow(2024, 4, 30)]
        [DataRow(2024, 12, 31)]
        public void KnowsTheDaysOfEachMonth(int year, int month, int days)
        {
            Assert.AreEqual(days, NmeaField.DaysInMonth(year, month));
        }
    }
}
