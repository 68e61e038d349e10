using nanoFramework.TestFramework;

namespace Telemetry.Tests.Protocol
{
    /// <summary>
    /// What this runtime's strings can hold. nanoCLR keeps strings as UTF-8: a string cannot hold U+0000
    /// (<c>"a\u0000b".Length</c> is 1) and a lone surrogate in a literal becomes U+FFFD. Tests of the rules that refuse
    /// such strings skip there, saying why; the host run covers them, and the same rules on received bytes
    /// (<c>00</c>, <c>ED A0 80</c>) are tested everywhere by <see cref="Utf8Tests"/>.
    /// </summary>
    internal static class RuntimeStrings
    {
        /// <summary>True when a string can hold U+0000 (the host), detected, not assumed from a build symbol.</summary>
        public static bool HoldNull
        {
            get { return "a\u0000b".Length == 3; }
        }

        /// <summary>True when a string can hold a lone surrogate (the host); false where it becomes U+FFFD.</summary>
        public static bool HoldLoneSurrogates
        {
            get { return "\uD800".ToCharArray()[0] == '\uD800'; }
        }

        /// <summary>Skips the calling test on a runtime whose strings cannot hold U+0000.</summary>
        public static void SkipUnlessNullFits()
        {
            if (!HoldNull)
            {
                Assert.SkipTest("this runtime's strings cannot hold U+0000 (\"a\\u0000b\".Length is "
                    + "a\u0000b".Length.ToString() + "); the rule is tested on received bytes (00) in Utf8Tests");
            }
        }

        /// <summary>Skips the calling test on a runtime that turns a lone surrogate in a string into U+FFFD.</summary>
        public static void SkipUnlessLoneSurrogatesFit()
        {
            if (!HoldLoneSurrogates)
            {
                Assert.SkipTest("this runtime turns a lone surrogate in a string into U+FFFD, a valid character; "
                    + "the rule is tested on received bytes (ED A0 80) in Utf8Tests");
            }
        }
    }
}
