using nanoFramework.TestFramework;
using Telemetry.Mqtt.Codec;

namespace Telemetry.Tests.Protocol
{
    [TestClass]
    public class TopicFilterTests
    {
        // MQTT 5.0 §4.7.1.2 and §4.7.1.3.
        [TestMethod]
        [DataRow("sport/tennis/player1/#")]
        [DataRow("sport/#")]
        [DataRow("#")]
        [DataRow("+")]
        [DataRow("+/tennis/#")]
        [DataRow("sport/+/player1")]
        [DataRow("/+")]
        [DataRow("+/+")]
        [DataRow("/")]
        [DataRow("a//b")]
        [DataRow("$share/group/sport/#")]
        [DataRow("$share/g/+")]
        public void AcceptsValidFilters(string filter)
        {
            Assert.IsTrue(TopicFilter.IsValid(filter));
            Assert.IsTrue(TopicFilter.Size(filter, false) > 0);
        }

        [TestMethod]
        [DataRow("sport/tennis#")]
        [DataRow("sport/tennis/#/ranking")]
        [DataRow("#/a")]
        [DataRow("sport+")]
        [DataRow("sport/+tennis")]
        [DataRow("a/b+")]
        [DataRow("")]
        public void RefusesInvalidFilters(string filter)
        {
            Assert.IsFalse(TopicFilter.IsValid(filter));
            Assert.AreEqual(Utf8.Invalid, TopicFilter.Size(filter, false));
        }

        [TestMethod]
        public void RefusesALoneSurrogate()
        {
            RuntimeStrings.SkipUnlessLoneSurrogatesFit();
            Assert.IsFalse(TopicFilter.IsValid("a/\uDC00/#"));
        }

        [TestMethod]
        public void RefusesNull()
        {
            RuntimeStrings.SkipUnlessNullFits();
            Assert.IsFalse(TopicFilter.IsValid("a\u0000"));
            Assert.AreEqual(Utf8.Invalid, TopicFilter.Size("a/\u0000/#", false));
        }

        // MQTT 5.0 §4.8.2: $share/{ShareName}/{filter}, ShareName without '/', '+', '#'.
        [TestMethod]
        [DataRow("$share/g")]
        [DataRow("$share//a")]
        [DataRow("$share/g+/a")]
        [DataRow("$share/g#/a")]
        [DataRow("$share/g/")]
        [DataRow("$share/g/a#")]
        public void RefusesMalformedSharedSubscriptionsIn5(string filter)
        {
            Assert.AreEqual(Utf8.Invalid, TopicFilter.Size(filter, true));
        }

        [TestMethod]
        public void SharedPrefixIsAnOrdinaryFilterIn311()
        {
            Assert.AreEqual(8, TopicFilter.Size("$share/g", false));
            Assert.AreEqual(-1, TopicFilter.SharedFilterStart("$share/g"));
            Assert.AreEqual(9, TopicFilter.SharedFilterStart("$share/g/a/b"));
            Assert.AreEqual(0, TopicFilter.SharedFilterStart("a/b"));
        }

        // MQTT 5.0 §4.7: the spec's matching examples, plus $-topics (§4.7.2).
        [TestMethod]
        [DataRow("sport/tennis/player1/#", "sport/tennis/player1", true)]
        [DataRow("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
        [DataRow("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
        [DataRow("sport/#", "sport", true)]
        [DataRow("sport/#", "sport/", true)]
        [DataRow("sport/#", "sports", false)]
        [DataRow("#", "sport/tennis", true)]
        [DataRow("#", "/", true)]
        [DataRow("sport/tennis/+", "sport/tennis/player1", true)]
        [DataRow("sport/tennis/+", "sport/tennis/player2", true)]
        [DataRow("sport/tennis/+", "sport/tennis/player1/ranking", false)]
        [DataRow("sport/+", "sport", false)]
        [DataRow("sport/+", "sport/", true)]
        [DataRow("+/+", "/finance", true)]
        [DataRow("/+", "/finance", true)]
        [DataRow("+", "/finance", false)]
        [DataRow("+", "finance", true)]
        [DataRow("#", "$SYS/monitor/Clients", false)]
        [DataRow("+/monitor/Clients", "$SYS/monitor/Clients", false)]
        [DataRow("$SYS/#", "$SYS/monitor/Clients", true)]
        [DataRow("$SYS/monitor/+", "$SYS/monitor/Clients", true)]
        [DataRow("a/+/c", "a/b/c", true)]
        [DataRow("a/+/c", "a/b/d", false)]
        [DataRow("a/b", "a/b", true)]
        [DataRow("a/b", "a/bc", false)]
        [DataRow("a/b", "a/b/c", false)]
        [DataRow("a/b/c", "a/b", false)]
        [DataRow("ACCOUNTS", "Accounts", false)]
        [DataRow("a/", "a/", true)]
        [DataRow("a/", "a", false)]
        [DataRow("caf\u00E9/+", "caf\u00E9/x", true)]
        [DataRow("caf\u00E9/+", "cafe/x", false)]
        [DataRow("$share/g/sport/#", "sport/tennis", true)]
        [DataRow("$share/g/+", "$SYS/x", false)]
        [DataRow("\uD869\uDED4/#", "\uD869\uDED4/a", true)]
        public void MatchesStringsAndByteViewsAlike(string filter, string topic, bool expected)
        {
            Assert.AreEqual(expected, TopicFilter.Matches(filter, topic), "string topic");
            byte[] bytes = Hex.Guarded(Utf8.Size(topic) + 6);
            int length = Utf8.Write(topic, bytes, 3);
            Assert.AreEqual(expected, TopicFilter.Matches(filter, bytes, 3, length), "byte view");
        }

        [TestMethod]
        public void NeverMatchesNullOrEmptyFilters()
        {
            Assert.IsFalse(TopicFilter.Matches(null, "a"));
            Assert.IsFalse(TopicFilter.Matches("", "a"));
            Assert.IsFalse(TopicFilter.Matches("a", null));
            Assert.IsFalse(TopicFilter.Matches("", new byte[] { 0x61 }, 0, 1));
        }
    }
}
