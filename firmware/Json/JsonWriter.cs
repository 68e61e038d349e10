using System;
using System.Text;

namespace Telemetry.Firmware.Json
{
    /// <summary>
    /// Writes JSON into a fixed byte buffer without allocating: strings are encoded once with a cached
    /// <see cref="UTF8Encoding"/> and escaped as bytes, numbers are written digit by digit with a fixed number of
    /// decimals. NaN and infinities are never written: the <c>...Property</c> helpers leave such a property out.
    /// When the buffer is full, <see cref="Overflow"/> turns true and nothing more is written.
    /// </summary>
    public sealed class JsonWriter
    {
        /// <summary>Deepest nesting of objects and arrays.</summary>
        public const int MaxDepth = 16;

        /// <summary>Most decimals of <see cref="WriteNumber"/>.</summary>
        public const int MaxDecimals = 9;

        private static readonly UTF8Encoding s_utf8 = new UTF8Encoding();
        private static readonly long[] s_powers = new long[]
        {
            1L, 10L, 100L, 1000L, 10000L, 100000L, 1000000L, 10000000L, 100000000L, 1000000000L,
        };

        private static readonly byte[] s_null = new byte[] { (byte)'n', (byte)'u', (byte)'l', (byte)'l' };
        private static readonly byte[] s_true = new byte[] { (byte)'t', (byte)'r', (byte)'u', (byte)'e' };
        private static readonly byte[] s_false = new byte[] { (byte)'f', (byte)'a', (byte)'l', (byte)'s', (byte)'e' };

        private readonly byte[] _buffer;
        private readonly int _start;
        private readonly int _end;
        private readonly bool[] _hasItems = new bool[MaxDepth + 1];
        private int _position;
        private int _depth;
        private bool _afterName;

        /// <summary>A writer over the whole of <paramref name="buffer"/>.</summary>
        public JsonWriter(byte[] buffer)
            : this(buffer, 0, buffer == null ? 0 : buffer.Length)
        {
        }

        /// <summary>A writer over <paramref name="buffer"/>[<paramref name="offset"/> .. +<paramref name="count"/>).</summary>
        public JsonWriter(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset + count > buffer.Length)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            _buffer = buffer;
            _start = offset;
            _end = offset + count;
            Reset();
        }

        /// <summary>The buffer written into.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Offset of the first byte written.</summary>
        public int Offset
        {
            get { return _start; }
        }

        /// <summary>Bytes written so far.</summary>
        public int Length
        {
            get { return _position - _start; }
        }

        /// <summary>True when something did not fit; the output is then incomplete and must not be sent.</summary>
        public bool Overflow { get; private set; }

        /// <summary>Current nesting depth (0 outside any object or array).</summary>
        public int Depth
        {
            get { return _depth; }
        }

        /// <summary>Starts over at the beginning of the window.</summary>
        public void Reset()
        {
            _position = _start;
            _depth = 0;
            _afterName = false;
            _hasItems[0] = false;
            Overflow = false;
        }

        /// <summary>Writes <c>{</c>.</summary>
        public void BeginObject()
        {
            Open((byte)'{');
        }

        /// <summary>Writes <c>}</c>.</summary>
        public void EndObject()
        {
            Close((byte)'}');
        }

        /// <summary>Writes <c>[</c>.</summary>
        public void BeginArray()
        {
            Open((byte)'[');
        }

        /// <summary>Writes <c>]</c>.</summary>
        public void EndArray()
        {
            Close((byte)']');
        }

        /// <summary>Writes a property name (escaped) and the colon.</summary>
        public void WriteName(string name)
        {
            BeforeValue();
            WriteQuoted(name);
            Put((byte)':');
            _afterName = true;
        }

        /// <summary>
        /// Writes a pre-encoded property name with its colon: one <see cref="Array.Copy(Array, int, Array, int, int)"/>,
        /// nothing encoded or escaped (the per-message form of <see cref="WriteName(string)"/>).
        /// </summary>
        public void WriteName(JsonName name)
        {
            BeforeValue();
            byte[] encoded = name.Encoded;
            PutBytes(encoded, 0, encoded.Length);
            _afterName = true;
        }

        /// <summary>Writes a property name given as UTF-8 bytes (escaped) and the colon.</summary>
        public void WriteName(byte[] utf8, int offset, int count)
        {
            BeforeValue();
            WriteQuoted(utf8, offset, count);
            Put((byte)':');
            _afterName = true;
        }

        /// <summary>Writes a string value, escaped; null writes <c>null</c>.</summary>
        public void WriteString(string value)
        {
            BeforeValue();
            if (value == null)
            {
                PutAscii(s_null);
                return;
            }

            WriteQuoted(value);
        }

        /// <summary>Writes a string value given as UTF-8 bytes, escaped.</summary>
        public void WriteString(byte[] utf8, int offset, int count)
        {
            BeforeValue();
            WriteQuoted(utf8, offset, count);
        }

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public void WriteBoolean(bool value)
        {
            BeforeValue();
            PutAscii(value ? s_true : s_false);
        }

        /// <summary>Writes <c>null</c>.</summary>
        public void WriteNull()
        {
            BeforeValue();
            PutAscii(s_null);
        }

        /// <summary>Writes a whole number.</summary>
        public void WriteInteger(long value)
        {
            BeforeValue();
            PutInteger(value);
        }

        /// <summary>
        /// Writes <paramref name="value"/> with exactly <paramref name="decimals"/> decimals (0-9), rounded half away
        /// from zero, never in exponent form. Returns false and writes nothing for NaN, infinities and values whose
        /// scaled form exceeds 9.2e18; call it after <see cref="IsWritable"/> when a name was already written.
        /// </summary>
        public bool WriteNumber(double value, int decimals)
        {
            if (!IsWritable(value, decimals))
            {
                return false;
            }

            BeforeValue();
            PutNumber(value, decimals);
            return true;
        }

        /// <summary>True when <see cref="WriteNumber"/> can write <paramref name="value"/> (tests NaN first).</summary>
        public static bool IsWritable(double value, int decimals)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || decimals < 0 || decimals > MaxDecimals)
            {
                return false;
            }

            double scaled = value * s_powers[decimals];
            return scaled < 9.2e18 && scaled > -9.2e18;
        }

        /// <summary>Writes a UTC time as ISO 8601 with milliseconds: <c>"2025-06-01T12:00:00.000Z"</c>.</summary>
        public void WriteTimestamp(DateTime utc)
        {
            BeforeValue();
            if (!Ensure(26))
            {
                return;
            }

            _buffer[_position++] = (byte)'"';
            PutFixed(utc.Year, 4);
            _buffer[_position++] = (byte)'-';
            PutFixed(utc.Month, 2);
            _buffer[_position++] = (byte)'-';
            PutFixed(utc.Day, 2);
            _buffer[_position++] = (byte)'T';
            PutFixed(utc.Hour, 2);
            _buffer[_position++] = (byte)':';
            PutFixed(utc.Minute, 2);
            _buffer[_position++] = (byte)':';
            PutFixed(utc.Second, 2);
            _buffer[_position++] = (byte)'.';
            PutFixed(utc.Millisecond, 3);
            _buffer[_position++] = (byte)'Z';
            _buffer[_position++] = (byte)'"';
        }

        /// <summary>Writes already valid JSON (a pre-built fragment) as the next value.</summary>
        public void WriteRawValue(byte[] json, int offset, int count)
        {
            BeforeValue();
            PutBytes(json, offset, count);
        }

        /// <summary>Name and number; left out when the value is NaN, infinite or too large. Returns true when written.</summary>
        public bool NumberProperty(string name, double value, int decimals)
        {
            if (!IsWritable(value, decimals))
            {
                return false;
            }

            WriteName(name);
            PutNumber(value, decimals);
            _afterName = false;
            return true;
        }

        /// <summary>Pre-encoded name and number; left out when the value is NaN, infinite or too large. Returns true when written.</summary>
        public bool NumberProperty(JsonName name, double value, int decimals)
        {
            if (!IsWritable(value, decimals))
            {
                return false;
            }

            WriteName(name);
            PutNumber(value, decimals);
            _afterName = false;
            return true;
        }

        /// <summary>Pre-encoded name and whole number.</summary>
        public void IntegerProperty(JsonName name, long value)
        {
            WriteName(name);
            WriteInteger(value);
        }

        /// <summary>Pre-encoded name and string; left out when <paramref name="value"/> is null.</summary>
        public void StringProperty(JsonName name, string value)
        {
            if (value == null)
            {
                return;
            }

            WriteName(name);
            WriteString(value);
        }

        /// <summary>Pre-encoded name and boolean.</summary>
        public void BooleanProperty(JsonName name, bool value)
        {
            WriteName(name);
            WriteBoolean(value);
        }

        /// <summary>Pre-encoded name and ISO 8601 UTC timestamp.</summary>
        public void TimestampProperty(JsonName name, DateTime utc)
        {
            WriteName(name);
            WriteTimestamp(utc);
        }

        /// <summary>Name and whole number.</summary>
        public void IntegerProperty(string name, long value)
        {
            WriteName(name);
            WriteInteger(value);
        }

        /// <summary>Name and string; left out when <paramref name="value"/> is null.</summary>
        public void StringProperty(string name, string value)
        {
            if (value == null)
            {
                return;
            }

            WriteName(name);
            WriteString(value);
        }

        /// <summary>Name and boolean.</summary>
        public void BooleanProperty(string name, bool value)
        {
            WriteName(name);
            WriteBoolean(value);
        }

        /// <summary>Name and ISO 8601 UTC timestamp.</summary>
        public void TimestampProperty(string name, DateTime utc)
        {
            WriteName(name);
            WriteTimestamp(utc);
        }

        private void Open(byte bracket)
        {
            BeforeValue();
            if (_depth >= MaxDepth)
            {
                Overflow = true;
                return;
            }

            Put(bracket);
            _depth++;
            _hasItems[_depth] = false;
        }

        private void Close(byte bracket)
        {
            if (_depth == 0)
            {
                Overflow = true;
                return;
            }

            _afterName = false;
            _depth--;
            Put(bracket);
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }

            if (_hasItems[_depth])
            {
                Put((byte)',');
            }

            _hasItems[_depth] = true;
        }

        private void WriteQuoted(string text)
        {
            if (Overflow)
            {
                return;
            }

            int chars = text.Length;
            if (!Ensure((chars * 3) + 2))
            {
                return;
            }

            _buffer[_position] = (byte)'"';
            int count = s_utf8.GetBytes(text, 0, chars, _buffer, _position + 1);
            EscapeInPlace(_position + 1, count);
        }

        private void WriteQuoted(byte[] utf8, int offset, int count)
        {
            if (!Ensure(count + 2))
            {
                return;
            }

            _buffer[_position] = (byte)'"';
            Array.Copy(utf8, offset, _buffer, _position + 1, count);
            EscapeInPlace(_position + 1, count);
        }

        // The raw bytes sit at [start, start+count); expands the escapes from the back and closes the quote.
        private void EscapeInPlace(int start, int count)
        {
            int next = EscapeAndClose(_buffer, start, count, _end);
            if (next < 0)
            {
                Overflow = true;
                return;
            }

            _position = next;
        }

        /// <summary>
        /// Escapes the raw UTF-8 bytes at <paramref name="buffer"/>[<paramref name="start"/> .. +<paramref name="count"/>)
        /// in place (expanding from the back) and writes the closing quote. Returns the index after the quote, or -1
        /// (nothing changed) when that would pass <paramref name="limit"/>. No static state: <see cref="JsonName"/>
        /// calls it from any static initializer.
        /// </summary>
        internal static int EscapeAndClose(byte[] buffer, int start, int count, int limit)
        {
            int extra = 0;
            int end = start + count;
            for (int i = start; i < end; i++)
            {
                byte b = buffer[i];
                if (b < 0x20)
                {
                    extra += b == (byte)'\n' || b == (byte)'\r' || b == (byte)'\t' || b == 0x08 || b == 0x0C ? 1 : 5;
                }
                else if (b == (byte)'"' || b == (byte)'\\')
                {
                    extra++;
                }
            }

            if (end + extra + 1 > limit)
            {
                return -1;
            }

            int added = extra;
            int write = end + extra - 1;
            for (int read = end - 1; extra > 0 && read >= start; read--)
            {
                byte b = buffer[read];
                if (b >= 0x20 && b != (byte)'"' && b != (byte)'\\')
                {
                    buffer[write--] = b;
                    continue;
                }

                if (b == (byte)'"' || b == (byte)'\\')
                {
                    buffer[write--] = b;
                    buffer[write--] = (byte)'\\';
                    extra--;
                    continue;
                }

                byte shortForm = ShortEscape(b);
                if (shortForm != 0)
                {
                    buffer[write--] = shortForm;
                    buffer[write--] = (byte)'\\';
                    extra--;
                }
                else
                {
                    buffer[write--] = HexDigit(b & 0x0F);
                    buffer[write--] = HexDigit(b >> 4);
                    buffer[write--] = (byte)'0';
                    buffer[write--] = (byte)'0';
                    buffer[write--] = (byte)'u';
                    buffer[write--] = (byte)'\\';
                    extra -= 5;
                }
            }

            int quote = end + added;
            buffer[quote] = (byte)'"';
            return quote + 1;
        }

        private static byte ShortEscape(byte b)
        {
            switch (b)
            {
                case (byte)'\n':
                    return (byte)'n';
                case (byte)'\r':
                    return (byte)'r';
                case (byte)'\t':
                    return (byte)'t';
                case 0x08:
                    return (byte)'b';
                case 0x0C:
                    return (byte)'f';
                default:
                    return 0;
            }
        }

        private static byte HexDigit(int value)
        {
            return (byte)(value < 10 ? '0' + value : 'a' + value - 10);
        }

        private void PutNumber(double value, int decimals)
        {
            long power = s_powers[decimals];
            double scaled = value * power;
            bool negative = scaled < 0;
            long rounded = (long)((negative ? -scaled : scaled) + 0.5);
            long whole = rounded / power;
            long fraction = rounded % power;
            if (negative && rounded != 0)
            {
                Put((byte)'-');
            }

            PutUnsigned((ulong)whole);
            if (decimals > 0)
            {
                Put((byte)'.');
                if (Ensure(decimals))
                {
                    PutFixed(fraction, decimals);
                }
            }
        }

        private void PutInteger(long value)
        {
            if (value < 0)
            {
                Put((byte)'-');
                PutUnsigned((ulong)(-(value + 1)) + 1);
            }
            else
            {
                PutUnsigned((ulong)value);
            }
        }

        private void PutUnsigned(ulong value)
        {
            int digits = 1;
            for (ulong rest = value / 10; rest > 0; rest /= 10)
            {
                digits++;
            }

            if (!Ensure(digits))
            {
                return;
            }

            for (int i = _position + digits - 1; i >= _position; i--)
            {
                _buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            _position += digits;
        }

        // Writes value as exactly digits digits with leading zeros; space already ensured.
        private void PutFixed(long value, int digits)
        {
            for (int i = _position + digits - 1; i >= _position; i--)
            {
                _buffer[i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            _position += digits;
        }

        private void PutAscii(byte[] literal)
        {
            PutBytes(literal, 0, literal.Length);
        }

        private void PutBytes(byte[] data, int offset, int count)
        {
            if (!Ensure(count))
            {
                return;
            }

            Array.Copy(data, offset, _buffer, _position, count);
            _position += count;
        }

        private void Put(byte b)
        {
            if (Ensure(1))
            {
                _buffer[_position++] = b;
            }
        }

        private bool Ensure(int count)
        {
            if (Overflow)
            {
                return false;
            }

            if (_position + count > _end)
            {
                Overflow = true;
                return false;
            }

            return true;
        }
    }
}
