namespace Telemetry.Mqtt.Codec
{
    /// <summary>Data types of MQTT 5.0 property values (5.0 §2.2.2.2, table 2-4).</summary>
    public static class PropertyType
    {
        /// <summary>Not a property identifier of MQTT 5.0.</summary>
        public const int Unknown = 0;

        /// <summary>One byte.</summary>
        public const int Byte = 1;

        /// <summary>Two Byte Integer.</summary>
        public const int TwoByteInteger = 2;

        /// <summary>Four Byte Integer.</summary>
        public const int FourByteInteger = 3;

        /// <summary>Variable Byte Integer.</summary>
        public const int VariableByteInteger = 4;

        /// <summary>UTF-8 Encoded String.</summary>
        public const int Utf8String = 5;

        /// <summary>Binary Data (two-byte length, then bytes).</summary>
        public const int BinaryData = 6;

        /// <summary>UTF-8 String Pair (User Property).</summary>
        public const int Utf8StringPair = 7;

        /// <summary>True for the four integer types.</summary>
        public static bool IsInteger(int type)
        {
            return type >= Byte && type <= VariableByteInteger;
        }
    }
}
