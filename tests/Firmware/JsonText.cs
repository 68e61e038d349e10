using System.Text;
using Telemetry.Firmware.Json;

namespace Telemetry.Tests.Firmware
{
    /// <summary>Reads what a <see cref="JsonWriter"/> wrote as a string.</summary>
    public static class JsonText
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding();

        public static string Of(JsonWriter writer)
        {
            return writer.Length == 0 ? "" : Utf8.GetString(writer.Buffer, writer.Offset, writer.Length);
        }

        public static byte[] Bytes(string text)
        {
            return Utf8.GetBytes(text);
        }
    }
}
