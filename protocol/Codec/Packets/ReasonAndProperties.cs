namespace Telemetry.Mqtt.Codec
{
    /// <summary>The optional reason code and properties that end DISCONNECT and AUTH (5.0 §3.14.2, §3.15.2).</summary>
    internal static class ReasonAndProperties
    {
        internal static int Decode(byte[] buffer, int position, int end, int packetType, long scope,
            ReceivedProperties properties, bool refuseControlCharacters, out int reasonCode)
        {
            reasonCode = ReasonCode.Success;
            if (position == end)
            {
                return ReasonCode.Success;
            }

            reasonCode = buffer[position++];
            if (!ReasonCode.IsAllowedIn(packetType, reasonCode))
            {
                return ReasonCode.MalformedPacket;
            }

            if (position == end)
            {
                return ReasonCode.Success;
            }

            int status = properties.Decode(buffer, ref position, end, scope, refuseControlCharacters);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            return position == end ? ReasonCode.Success : ReasonCode.MalformedPacket;
        }
    }
}
