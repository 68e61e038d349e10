using System;

namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// MQTT 5.0 properties to send, kept in fixed tables allocated once: set values by <see cref="PropertyId"/>, then
    /// hand the object to an encoder, which checks them against the packet's <see cref="PropertyScope"/>. Each setter
    /// validates its value (range, UTF-8, Topic Name rules) and returns false, changing nothing, when it is refused.
    /// Strings are measured once when set and written as UTF-8 straight into the packet. Not used in 3.1.1.
    /// </summary>
    public sealed class OutgoingProperties
    {
        /// <summary>User properties an instance holds unless told otherwise.</summary>
        public const int DefaultUserPropertyCapacity = 8;

        private readonly long[] integers = new long[PropertyId.Limit];
        private readonly string[] strings = new string[PropertyId.Limit];
        private readonly int[] stringSizes = new int[PropertyId.Limit];
        private readonly string[] userNames;
        private readonly string[] userValues;
        private readonly int[] userNameSizes;
        private readonly int[] userValueSizes;
        private long present;
        private int userCount;
        private byte[] correlationData;
        private int correlationOffset;
        private int correlationLength;
        private byte[] authenticationData;
        private int authenticationOffset;
        private int authenticationLength;

        /// <summary>Creates a set holding up to <see cref="DefaultUserPropertyCapacity"/> user properties.</summary>
        public OutgoingProperties()
            : this(DefaultUserPropertyCapacity)
        {
        }

        /// <summary>Creates a set holding up to <paramref name="userPropertyCapacity"/> user properties.</summary>
        public OutgoingProperties(int userPropertyCapacity)
        {
            if (userPropertyCapacity < 0)
            {
                userPropertyCapacity = 0;
            }

            userNames = new string[userPropertyCapacity];
            userValues = new string[userPropertyCapacity];
            userNameSizes = new int[userPropertyCapacity];
            userValueSizes = new int[userPropertyCapacity];
        }

        /// <summary>True when no property is set.</summary>
        public bool IsEmpty
        {
            get { return present == 0; }
        }

        /// <summary>User properties added so far.</summary>
        public int UserPropertyCount
        {
            get { return userCount; }
        }

        /// <summary>Most user properties this set can hold.</summary>
        public int UserPropertyCapacity
        {
            get { return userNames.Length; }
        }

        /// <summary>Removes every property (no allocation).</summary>
        public void Clear()
        {
            present = 0;
            userCount = 0;
            Array.Clear(strings, 0, strings.Length);
            Array.Clear(userNames, 0, userNames.Length);
            Array.Clear(userValues, 0, userValues.Length);
            correlationData = null;
            authenticationData = null;
        }

        /// <summary>True when property <paramref name="id"/> is set (for User Property: at least one).</summary>
        public bool Has(int id)
        {
            return id > 0 && id < PropertyId.Limit && (present & (1L << id)) != 0;
        }

        /// <summary>Removes property <paramref name="id"/> (all User Properties for <see cref="PropertyId.UserProperty"/>).</summary>
        public void Remove(int id)
        {
            if (id <= 0 || id >= PropertyId.Limit)
            {
                return;
            }

            present &= ~(1L << id);
            strings[id] = null;
            if (id == PropertyId.UserProperty)
            {
                userCount = 0;
            }
            else if (id == PropertyId.CorrelationData)
            {
                correlationData = null;
            }
            else if (id == PropertyId.AuthenticationData)
            {
                authenticationData = null;
            }
        }

        /// <summary>
        /// Sets a Byte, Two Byte, Four Byte or Variable Byte Integer property. False when <paramref name="id"/> is not an
        /// integer property or the value is not allowed (see <see cref="PropertyId.IsValidInteger"/>).
        /// </summary>
        public bool SetInteger(int id, long value)
        {
            if (!PropertyId.IsValidInteger(id, value))
            {
                return false;
            }

            integers[id] = value;
            present |= 1L << id;
            return true;
        }

        /// <summary>The value of integer property <paramref name="id"/>, or <paramref name="defaultValue"/> when not set.</summary>
        public long GetInteger(int id, long defaultValue)
        {
            return Has(id) && PropertyType.IsInteger(PropertyId.TypeOf(id)) ? integers[id] : defaultValue;
        }

        /// <summary>
        /// Sets a UTF-8 String property. False when <paramref name="id"/> is not a string property, the value is null,
        /// not valid UTF-8 or over 65535 bytes, or (Response Topic) not a valid Topic Name.
        /// </summary>
        public bool SetString(int id, string value)
        {
            if (PropertyId.TypeOf(id) != PropertyType.Utf8String)
            {
                return false;
            }

            int size = id == PropertyId.ResponseTopic ? TopicName.Size(value, false) : Utf8.Size(value);
            if (size < 0 || size > Utf8.MaxLength)
            {
                return false;
            }

            strings[id] = value;
            stringSizes[id] = size;
            present |= 1L << id;
            return true;
        }

        /// <summary>The value of string property <paramref name="id"/>, or null when not set.</summary>
        public string GetString(int id)
        {
            return Has(id) && PropertyId.TypeOf(id) == PropertyType.Utf8String ? strings[id] : null;
        }

        /// <summary>
        /// Sets Correlation Data or Authentication Data to <paramref name="length"/> bytes of <paramref name="data"/> at
        /// <paramref name="offset"/> (kept by reference, copied when the packet is written). False for another
        /// identifier, a window outside the array, or more than 65535 bytes.
        /// </summary>
        public bool SetBinary(int id, byte[] data, int offset, int length)
        {
            if (PropertyId.TypeOf(id) != PropertyType.BinaryData || !Window.IsValid(data, offset, length)
                || length > Utf8.MaxLength)
            {
                return false;
            }

            if (id == PropertyId.CorrelationData)
            {
                correlationData = data;
                correlationOffset = offset;
                correlationLength = length;
            }
            else
            {
                authenticationData = data;
                authenticationOffset = offset;
                authenticationLength = length;
            }

            present |= 1L << id;
            return true;
        }

        /// <summary>
        /// Adds a User Property (may repeat, order kept). False when the set is full or either string is null, invalid
        /// UTF-8 or over 65535 bytes.
        /// </summary>
        public bool AddUserProperty(string name, string value)
        {
            if (userCount >= userNames.Length)
            {
                return false;
            }

            int nameSize = Utf8.Size(name);
            int valueSize = Utf8.Size(value);
            if (nameSize < 0 || valueSize < 0 || nameSize > Utf8.MaxLength || valueSize > Utf8.MaxLength)
            {
                return false;
            }

            userNames[userCount] = name;
            userValues[userCount] = value;
            userNameSizes[userCount] = nameSize;
            userValueSizes[userCount] = valueSize;
            userCount++;
            present |= 1L << PropertyId.UserProperty;
            return true;
        }

        /// <summary>
        /// Bytes of the whole property block, Property Length prefix included, for a packet of <paramref name="scope"/>;
        /// 1 for a null or empty set. <see cref="EncodeStatus.InvalidProperty"/> when a property is outside the scope
        /// or Authentication Data comes without an Authentication Method.
        /// </summary>
        internal static int BlockSize(OutgoingProperties properties, long scope)
        {
            if (properties == null || properties.present == 0)
            {
                return 1;
            }

            int length = properties.Length(scope);
            if (length < 0)
            {
                return length;
            }

            int prefix = VariableByteInteger.Size(length);
            return prefix == 0 ? EncodeStatus.PacketTooLarge : prefix + length;
        }

        /// <summary>
        /// Writes the property block (Property Length, then the properties) at <paramref name="position"/>, room and
        /// scope already checked with <see cref="BlockSize"/>. Returns the position after it.
        /// </summary>
        internal static int WriteBlock(OutgoingProperties properties, long scope, byte[] buffer, int position)
        {
            if (properties == null || properties.present == 0)
            {
                buffer[position] = 0;
                return position + 1;
            }

            return properties.Write(scope, buffer, position);
        }

        private int Length(long scope)
        {
            if ((present & ~scope) != 0)
            {
                return EncodeStatus.InvalidProperty;
            }

            if (Has(PropertyId.AuthenticationData) && !Has(PropertyId.AuthenticationMethod))
            {
                return EncodeStatus.InvalidProperty;
            }

            int length = 0;
            for (int id = 1; present >> id != 0; id++)
            {
                if (((present >> id) & 1) == 0)
                {
                    continue;
                }

                switch (PropertyId.TypeOf(id))
                {
                    case PropertyType.Byte:
                        length += 2;
                        break;
                    case PropertyType.TwoByteInteger:
                        length += 3;
                        break;
                    case PropertyType.FourByteInteger:
                        length += 5;
                        break;
                    case PropertyType.VariableByteInteger:
                        length += 1 + VariableByteInteger.Size((int)integers[id]);
                        break;
                    case PropertyType.Utf8String:
                        length += 3 + stringSizes[id];
                        break;
                    case PropertyType.BinaryData:
                        length += 3 + (id == PropertyId.CorrelationData ? correlationLength : authenticationLength);
                        break;
                    case PropertyType.Utf8StringPair:
                        for (int i = 0; i < userCount; i++)
                        {
                            length += 5 + userNameSizes[i] + userValueSizes[i];
                        }

                        break;
                }
            }

            return length;
        }

        private int Write(long scope, byte[] buffer, int position)
        {
            int length = Length(scope);
            position += VariableByteInteger.Write(length, buffer, position, VariableByteInteger.MaxSize);
            long others = present & ~(1L << PropertyId.UserProperty);
            for (int id = 1; others >> id != 0; id++)
            {
                if (((others >> id) & 1) == 0)
                {
                    continue;
                }

                buffer[position++] = (byte)id;
                long value = integers[id];
                switch (PropertyId.TypeOf(id))
                {
                    case PropertyType.Byte:
                        buffer[position++] = (byte)value;
                        break;
                    case PropertyType.TwoByteInteger:
                        BigEndian.WriteUInt16(buffer, position, (int)value);
                        position += 2;
                        break;
                    case PropertyType.FourByteInteger:
                        BigEndian.WriteUInt32(buffer, position, value);
                        position += 4;
                        break;
                    case PropertyType.VariableByteInteger:
                        position += VariableByteInteger.Write((int)value, buffer, position, VariableByteInteger.MaxSize);
                        break;
                    case PropertyType.Utf8String:
                        position = WriteString(strings[id], stringSizes[id], buffer, position);
                        break;
                    case PropertyType.BinaryData:
                        if (id == PropertyId.CorrelationData)
                        {
                            position = WriteBinary(correlationData, correlationOffset, correlationLength, buffer, position);
                        }
                        else
                        {
                            position = WriteBinary(authenticationData, authenticationOffset, authenticationLength, buffer, position);
                        }

                        break;
                }
            }

            for (int i = 0; i < userCount; i++)
            {
                buffer[position++] = PropertyId.UserProperty;
                position = WriteString(userNames[i], userNameSizes[i], buffer, position);
                position = WriteString(userValues[i], userValueSizes[i], buffer, position);
            }

            return position;
        }

        /// <summary>Writes a length-prefixed UTF-8 string of known size; returns the position after it.</summary>
        internal static int WriteString(string text, int size, byte[] buffer, int position)
        {
            BigEndian.WriteUInt16(buffer, position, size);
            if (size > 0)
            {
                Utf8.Write(text, buffer, position + 2);
            }

            return position + 2 + size;
        }

        /// <summary>Writes length-prefixed Binary Data; returns the position after it.</summary>
        internal static int WriteBinary(byte[] data, int offset, int length, byte[] buffer, int position)
        {
            BigEndian.WriteUInt16(buffer, position, length);
            if (length > 0)
            {
                Array.Copy(data, offset, buffer, position + 2, length);
            }

            return position + 2 + length;
        }
    }
}
