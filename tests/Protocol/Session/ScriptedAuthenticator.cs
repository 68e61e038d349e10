using Telemetry.Mqtt.Session;

namespace Telemetry.Tests.Protocol.Session
{
    /// <summary>An authenticator that answers each challenge with its bytes plus one, and records what it saw.</summary>
    internal sealed class ScriptedAuthenticator : IMqttAuthenticator
    {
        public byte[] Initial = new byte[] { 0x01, 0x02 };
        public bool GiveUp;
        public int Starts;
        public int Continues;
        public int Completions;
        public int LastCode = -1;
        public int LastDataLength = -1;
        public byte LastDataFirst;

        public string Method
        {
            get { return "TEST"; }
        }

        public int Start(byte[] output, int offset, int count)
        {
            Starts++;
            System.Array.Copy(Initial, 0, output, offset, Initial.Length);
            return Initial.Length;
        }

        public int Continue(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset, int outputCount)
        {
            Continues++;
            if (GiveUp)
            {
                return -1;
            }

            for (int i = 0; i < inputLength; i++)
            {
                output[outputOffset + i] = (byte)(input[inputOffset + i] + 1);
            }

            return inputLength;
        }

        public void Completed(int reasonCode, byte[] data, int offset, int length)
        {
            Completions++;
            LastCode = reasonCode;
            LastDataLength = length;
            LastDataFirst = length > 0 ? data[offset] : (byte)0;
        }
    }
}
