using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class TopicNameTests
    {
        [TestMethod]
        [DataRow("a", 1)]
        [DataRow("sport/tennis/player1", 20)]
        [DataRow("/", 1)]
        [DataRow("$SYS/broker", 11)]
        [DataRow("caf\u00E9", 5)]
        public void MeasuresValidTopicNames(string topic, int size)
        {
            Assert.AreEqual(size, TopicName.Size(topic, false));
        }

        // [MQTT-3.3.2-2] no wildcards; [MQTT-4.7.3-1] at least one character.
        [TestMethod]
        [DataRow("a/#")]
        [DataRow("+")]
        [DataRow("a+b")]
        [DataRow("")]
        public void RefusesInvalidTopicNames(string topic)
        {
            Assert.AreEqual(Utf8.Invalid, TopicName.Size(topic, false));
        }

        [TestMethod]
        public void RefusesALoneSurrogate()
        {
            RuntimeStrings.SkipUnlessLoneSurrogatesFit();
            Assert.AreEqual(Utf8.Invalid, TopicName.Size("a/\uD800", false));
        }

        [TestMethod]
        public void RefusesNull()
        {
            RuntimeStrings.SkipUnlessNullFits();
            Assert.AreEqual(Utf8.Invalid, TopicName.Size("a\u0000", false));
            Assert.IsFalse(new PreparedTopic("a/\u0000").IsValid);
        }

        [TestMethod]
        public void AllowsAnEmptyNameOnlyWhenAsked()
        {
            Assert.AreEqual(0, TopicName.Size("", true));
            Assert.AreEqual(0, TopicName.Size(null, true));
            Assert.AreEqual(Utf8.Invalid, TopicName.Size(null, false));
        }

        [TestMethod]
        [DataRow("61 2F 62", ReasonCode.Success)]
        [DataRow("61 2F 23", ReasonCode.TopicNameInvalid)]
        [DataRow("2B", ReasonCode.TopicNameInvalid)]
        [DataRow("61 00", ReasonCode.MalformedPacket)]
        [DataRow("C0 AF", ReasonCode.MalformedPacket)]
        public void ValidatesReceivedTopicBytes(string hex, int expected)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual(expected, TopicName.Validate(bytes, 0, bytes.Length, false));
        }
    }
}
