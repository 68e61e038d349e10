using System;
using System.Text;

namespace Telemetry.Firmware.Json
{
    /// <summary>
    /// A member name encoded once, at start-up: the UTF-8 bytes of <c>"name":</c>, escaped, which
    /// <see cref="JsonWriter.WriteName(JsonName)"/> copies with one <c>Array.Copy</c> instead of encoding and escaping
    /// the name (a managed loop over its bytes) in every message. Build it once (a static readonly field, or at
    /// start-up), never per message.
    /// </summary>
    public sealed class JsonName
    {
        private readonly string _name;
        private readonly byte[] _encoded;

        /// <summary>Encodes and escapes <paramref name="name"/> (any text; escaped like a JSON string).</summary>
        public JsonName(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            // Worst case: every character a control character written as \u00XX; plus two quotes and the colon.
            // A local encoder keeps this free of static state, so any static initializer can build names.
            int chars = name.Length;
            byte[] work = new byte[(chars * 6) + 3];
            work[0] = (byte)'"';
            int count = new UTF8Encoding().GetBytes(name, 0, chars, work, 1);
            int end = JsonWriter.EscapeAndClose(work, 1, count, work.Length - 1);
            work[end] = (byte)':';
            _encoded = new byte[end + 1];
            Array.Copy(work, _encoded, end + 1);
            _name = name;
        }

        /// <summary>The name as given (unescaped).</summary>
        public string Name
        {
            get { return _name; }
        }

        /// <summary>Bytes written for it: the quoted, escaped name and the colon.</summary>
        public int Length
        {
            get { return _encoded.Length; }
        }

        /// <summary><c>"name":</c> as UTF-8, escaped.</summary>
        internal byte[] Encoded
        {
            get { return _encoded; }
        }

        /// <summary>The name as given.</summary>
        public override string ToString()
        {
            return _name;
        }
    }
}
