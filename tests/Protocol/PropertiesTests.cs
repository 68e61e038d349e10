using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    // MQTT 5.0 §2.2.2.2: property types, value rules, and the bounded tables.
    [TestClass]
    public class PropertiesTests
    {
        [TestMethod]
        [DataRow(PropertyId.PayloadFormatIndicator, 1L, true)]
        [DataRow(PropertyId.PayloadFormatIndicator, 2L, false)]
        [DataRow(PropertyId.MessageExpiryInterval, 4294967295L, true)]
        [DataRow(PropertyId.MessageExpiryInterval, 4294967296L, false)]
        [DataRow(PropertyId.MessageExpiryInterval, -1L, false)]
        [DataRow(PropertyId.ReceiveMaximum, 0L, false)]
        [DataRow(PropertyId.ReceiveMaximum, 65535L, true)]
        [DataRow(PropertyId.ReceiveMaximum, 65536L, false)]
        [DataRow(PropertyId.TopicAlias, 0L, false)]
        [DataRow(PropertyId.TopicAliasMaximum, 0L, true)]
        [DataRow(PropertyId.MaximumPacketSize, 0L, false)]
        [DataRow(PropertyId.SubscriptionIdentifier, 0L, false)]
        [DataRow(PropertyId.SubscriptionIdentifier, 268435455L, true)]
        [DataRow(PropertyId.SubscriptionIdentifier, 268435456L, false)]
        [DataRow(PropertyId.ContentType, 1L, false)]
        [DataRow(0x05, 1L, false)]
        public void ValidatesIntegerValues(int id, long value, bool accepted)
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.AreEqual(accepted, properties.SetInteger(id, value));
            Assert.AreEqual(accepted, properties.Has(id));
            Assert.AreEqual(accepted ? value : -7L, properties.GetInteger(id, -7));
        }

        [TestMethod]
        public void ValidatesStringsAndBinaryData()
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.SetString(PropertyId.ContentType, "text/plain"));
            Assert.AreEqual("text/plain", properties.GetString(PropertyId.ContentType));
            Assert.IsFalse(properties.SetString(PropertyId.ContentType, null));
            Assert.IsFalse(properties.SetString(PropertyId.ResponseTopic, "reply/#"));
            Assert.IsFalse(properties.SetString(PropertyId.MessageExpiryInterval, "x"));
            Assert.IsTrue(properties.SetString(PropertyId.ResponseTopic, "reply/1"));
            Assert.IsFalse(properties.SetBinary(PropertyId.CorrelationData, new byte[2], 1, 2));
            Assert.IsFalse(properties.SetBinary(PropertyId.ContentType, new byte[2], 0, 2));
            Assert.IsTrue(properties.SetBinary(PropertyId.CorrelationData, new byte[2], 0, 2));
            properties.Remove(PropertyId.ContentType);
            Assert.IsFalse(properties.Has(PropertyId.ContentType));
            Assert.IsTrue(properties.Has(PropertyId.ResponseTopic));
            properties.Clear();
            Assert.IsTrue(properties.IsEmpty);
        }

        // [MQTT-1.5.4-2] (host only: a device string cannot hold U+0000).
        [TestMethod]
        public void RefusesNullInStrings()
        {
            RuntimeStrings.SkipUnlessNullFits();
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsFalse(properties.SetString(PropertyId.ContentType, "a\u0000"));
            Assert.IsFalse(properties.AddUserProperty("a\u0000", "1"));
            Assert.IsTrue(properties.IsEmpty);
        }

        // [MQTT-1.5.4-1] (host only: a device string holds U+FFFD instead of a lone surrogate).
        [TestMethod]
        public void RefusesLoneSurrogatesInStrings()
        {
            RuntimeStrings.SkipUnlessLoneSurrogatesFit();
            OutgoingProperties properties = new OutgoingProperties(2);
            Assert.IsFalse(properties.AddUserProperty("b", "\uD800"));
            Assert.IsFalse(properties.SetString(PropertyId.ReasonString, "x\uDC00"));
            Assert.IsTrue(properties.IsEmpty);
            Assert.IsTrue(properties.AddUserProperty("b", "\uFFFD"));
        }

        [TestMethod]
        public void BoundsUserProperties()
        {
            OutgoingProperties properties = new OutgoingProperties(2);
            Assert.AreEqual(2, properties.UserPropertyCapacity);
            Assert.IsTrue(properties.AddUserProperty("a", "1"));
            Assert.IsTrue(properties.AddUserProperty("a", "2"));
            Assert.IsFalse(properties.AddUserProperty("c", "3"));
            Assert.AreEqual(2, properties.UserPropertyCount);
            properties.Remove(PropertyId.UserProperty);
            Assert.AreEqual(0, properties.UserPropertyCount);
            Assert.IsTrue(properties.IsEmpty);
        }

        [TestMethod]
        public void WritesPropertiesInIdentifierOrderThenUserProperties()
        {
            OutgoingProperties properties = new OutgoingProperties();
            Assert.IsTrue(properties.AddUserProperty("k", "v"));
            Assert.IsTrue(properties.SetString(PropertyId.ResponseTopic, "r"));
            Assert.IsTrue(properties.SetInteger(PropertyId.PayloadFormatIndicator, 1));
            Assert.IsTrue(properties.SetBinary(PropertyId.CorrelationData, new byte[] { 7 }, 0, 1));
            PublishPacket packet = new PublishPacket(properties);
            packet.Topic = "t";
            byte[] buffer = new byte[32];
            int length = PublishEncoder.Encode(buffer, 0, 32, MqttVersion.V500, packet);
            Hex.AssertBytes("30 15 00 01 74 11 01 01 08 00 01 72 09 00 01 07 26 00 01 6B 00 01 76", buffer, 0, length);

            PublishView view = new PublishView();
            Assert.AreEqual(ReasonCode.Success, PublishDecoder.Decode(buffer, 0, length, MqttVersion.V500, view));
            Assert.AreEqual(1L, view.Properties.GetInteger(PropertyId.PayloadFormatIndicator, 0));
            Assert.IsTrue(view.Properties.StringEquals(PropertyId.ResponseTopic, "r"));
            Assert.AreEqual(1, view.Properties.GetLength(PropertyId.CorrelationData));
            Assert.AreEqual((byte)7, buffer[view.Properties.GetOffset(PropertyId.CorrelationData)]);
        }

        [TestMethod]
        public void KnowsEveryPropertyType()
        {
            Assert.AreEqual(PropertyType.Byte, PropertyId.TypeOf(PropertyId.MaximumQos));
            Assert.AreEqual(PropertyType.TwoByteInteger, PropertyId.TypeOf(PropertyId.ServerKeepAlive));
            Assert.AreEqual(PropertyType.FourByteInteger, PropertyId.TypeOf(PropertyId.WillDelayInterval));
            Assert.AreEqual(PropertyType.VariableByteInteger, PropertyId.TypeOf(PropertyId.SubscriptionIdentifier));
            Assert.AreEqual(PropertyType.Utf8String, PropertyId.TypeOf(PropertyId.ResponseInformation));
            Assert.AreEqual(PropertyType.BinaryData, PropertyId.TypeOf(PropertyId.AuthenticationData));
            Assert.AreEqual(PropertyType.Utf8StringPair, PropertyId.TypeOf(PropertyId.UserProperty));
            Assert.AreEqual(PropertyType.Unknown, PropertyId.TypeOf(0x00));
            Assert.AreEqual(PropertyType.Unknown, PropertyId.TypeOf(0x2B));
            Assert.IsTrue(PropertyScope.Allows(PropertyScope.PublishReceived, PropertyId.SubscriptionIdentifier));
            Assert.IsFalse(PropertyScope.Allows(PropertyScope.PublishSent, PropertyId.SubscriptionIdentifier));
            Assert.IsFalse(PropertyScope.Allows(PropertyScope.DisconnectReceived, PropertyId.SessionExpiryInterval));
        }
    }
}
