namespace Telemetry.Mqtt.Codec
{
    /// <summary>
    /// MQTT 5.0 properties of a received packet, decoded into tables allocated once and reused for every packet.
    /// Integers are kept as values; strings and binary data as views (offset and length into <see cref="Buffer"/>,
    /// the buffer the packet was decoded from), valid until that buffer is reused. User Properties and Subscription
    /// Identifiers are kept up to a fixed count: all are validated, extra ones are counted but not stored.
    /// </summary>
    public sealed class ReceivedProperties
    {
        /// <summary>User properties stored unless told otherwise.</summary>
        public const int DefaultUserPropertyCapacity = 8;

        /// <summary>Subscription Identifiers stored unless told otherwise.</summary>
        public const int DefaultSubscriptionIdentifierCapacity = 4;

        private readonly long[] integers = new long[PropertyId.Limit];
        private readonly int[] offsets = new int[PropertyId.Limit];
        private readonly int[] lengths = new int[PropertyId.Limit];
        private readonly int[] userEntries;
        private readonly int[] subscriptionIdentifiers;
        private long present;
        private int userCount;
        private int userTotal;
        private int subscriptionCount;
        private int subscriptionTotal;
        private byte[] buffer;

        /// <summary>Creates a set with the default capacities.</summary>
        public ReceivedProperties()
            : this(DefaultUserPropertyCapacity, DefaultSubscriptionIdentifierCapacity)
        {
        }

        /// <summary>Creates a set storing up to the given numbers of User Properties and Subscription Identifiers.</summary>
        public ReceivedProperties(int userPropertyCapacity, int subscriptionIdentifierCapacity)
        {
            userEntries = new int[4 * (userPropertyCapacity < 0 ? 0 : userPropertyCapacity)];
            subscriptionIdentifiers = new int[subscriptionIdentifierCapacity < 0 ? 0 : subscriptionIdentifierCapacity];
        }

        /// <summary>The buffer the views point into (the one given to the last decode).</summary>
        public byte[] Buffer
        {
            get { return buffer; }
        }

        /// <summary>True when the packet carried no property.</summary>
        public bool IsEmpty
        {
            get { return present == 0; }
        }

        /// <summary>User Properties stored (at most the capacity).</summary>
        public int UserPropertyCount
        {
            get { return userCount; }
        }

        /// <summary>User Properties received, stored or not.</summary>
        public int UserPropertyTotal
        {
            get { return userTotal; }
        }

        /// <summary>Subscription Identifiers stored (at most the capacity).</summary>
        public int SubscriptionIdentifierCount
        {
            get { return subscriptionCount; }
        }

        /// <summary>Subscription Identifiers received, stored or not.</summary>
        public int SubscriptionIdentifierTotal
        {
            get { return subscriptionTotal; }
        }

        /// <summary>Forgets every property (no allocation).</summary>
        public void Clear()
        {
            present = 0;
            userCount = 0;
            userTotal = 0;
            subscriptionCount = 0;
            subscriptionTotal = 0;
        }

        /// <summary>True when the packet carried property <paramref name="id"/>.</summary>
        public bool Has(int id)
        {
            return id > 0 && id < PropertyId.Limit && (present & (1L << id)) != 0;
        }

        /// <summary>
        /// Value of an integer property, or <paramref name="defaultValue"/> when absent (the spec gives most of them a
        /// default, e.g. Receive Maximum 65535). For Subscription Identifier: the first one.
        /// </summary>
        public long GetInteger(int id, long defaultValue)
        {
            return Has(id) && PropertyType.IsInteger(PropertyId.TypeOf(id)) ? integers[id] : defaultValue;
        }

        /// <summary>Offset in <see cref="Buffer"/> of a string or binary property's bytes, or -1 when absent.</summary>
        public int GetOffset(int id)
        {
            return HasData(id) ? offsets[id] : -1;
        }

        /// <summary>Length in bytes of a string or binary property, or 0 when absent.</summary>
        public int GetLength(int id)
        {
            return HasData(id) ? lengths[id] : 0;
        }

        /// <summary>True when string property <paramref name="id"/> is present and its UTF-8 equals <paramref name="text"/>.</summary>
        public bool StringEquals(int id, string text)
        {
            return HasData(id) && Utf8.AreEqual(text, buffer, offsets[id], lengths[id]);
        }

        /// <summary>The Subscription Identifier at <paramref name="index"/> (0..<see cref="SubscriptionIdentifierCount"/>-1).</summary>
        public int GetSubscriptionIdentifier(int index)
        {
            return subscriptionIdentifiers[index];
        }

        /// <summary>Offset in <see cref="Buffer"/> of the name of User Property <paramref name="index"/>.</summary>
        public int GetUserPropertyNameOffset(int index)
        {
            return userEntries[4 * index];
        }

        /// <summary>Length in bytes of the name of User Property <paramref name="index"/>.</summary>
        public int GetUserPropertyNameLength(int index)
        {
            return userEntries[(4 * index) + 1];
        }

        /// <summary>Offset in <see cref="Buffer"/> of the value of User Property <paramref name="index"/>.</summary>
        public int GetUserPropertyValueOffset(int index)
        {
            return userEntries[(4 * index) + 2];
        }

        /// <summary>Length in bytes of the value of User Property <paramref name="index"/>.</summary>
        public int GetUserPropertyValueLength(int index)
        {
            return userEntries[(4 * index) + 3];
        }

        /// <summary>Index of the first stored User Property named <paramref name="name"/>, or -1.</summary>
        public int FindUserProperty(string name)
        {
            for (int i = 0; i < userCount; i++)
            {
                if (Utf8.AreEqual(name, buffer, userEntries[4 * i], userEntries[(4 * i) + 1]))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Decodes a property block (Property Length, then properties) at <paramref name="position"/>, which must end by
        /// <paramref name="end"/>; moves <paramref name="position"/> past it. Returns <see cref="ReasonCode.Success"/>,
        /// <see cref="ReasonCode.MalformedPacket"/> (lengths past the end, unknown identifier, a property the packet type
        /// may not carry (5.0 §2.2.2.2), invalid UTF-8), <see cref="ReasonCode.ProtocolError"/> (a property the packet
        /// type carries only from the other side, such as Session Expiry Interval in a Server's DISCONNECT, duplicate, forbidden
        /// value, Authentication Data without Method) or <see cref="ReasonCode.TopicAliasInvalid"/> (Topic Alias 0).
        /// </summary>
        internal int Decode(byte[] source, ref int position, int end, long scope, bool refuseControlCharacters)
        {
            Clear();
            buffer = source;
            int used = VariableByteInteger.Read(source, position, end - position, out int length);
            if (used <= 0)
            {
                return ReasonCode.MalformedPacket;
            }

            position += used;
            if (length > end - position)
            {
                return ReasonCode.MalformedPacket;
            }

            int stop = position + length;
            while (position < stop)
            {
                int id = source[position++];
                int status = DecodeOne(id, source, ref position, stop, scope, refuseControlCharacters);
                if (status != ReasonCode.Success)
                {
                    return status;
                }

                present |= 1L << id;
            }

            if (Has(PropertyId.AuthenticationData) && !Has(PropertyId.AuthenticationMethod))
            {
                return ReasonCode.ProtocolError;
            }

            return ReasonCode.Success;
        }

        private int DecodeOne(int id, byte[] source, ref int position, int stop, long scope, bool refuseControlCharacters)
        {
            int type = PropertyId.TypeOf(id);
            if (type == PropertyType.Unknown)
            {
                return ReasonCode.MalformedPacket;
            }

            if (!PropertyScope.Allows(scope, id))
            {
                return PropertyScope.Allows(PropertyScope.OfPacketType(scope), id)
                    ? ReasonCode.ProtocolError
                    : ReasonCode.MalformedPacket;
            }

            if (Has(id) && id != PropertyId.UserProperty && id != PropertyId.SubscriptionIdentifier)
            {
                return ReasonCode.ProtocolError;
            }

            int available = stop - position;
            switch (type)
            {
                case PropertyType.Byte:
                    if (available < 1)
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    integers[id] = source[position++];
                    return integers[id] > 1 ? ReasonCode.ProtocolError : ReasonCode.Success;
                case PropertyType.TwoByteInteger:
                    if (available < 2)
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    integers[id] = BigEndian.ReadUInt16(source, position);
                    position += 2;
                    if (integers[id] == 0 && id == PropertyId.TopicAlias)
                    {
                        return ReasonCode.TopicAliasInvalid;
                    }

                    return integers[id] == 0 && id == PropertyId.ReceiveMaximum
                        ? ReasonCode.ProtocolError
                        : ReasonCode.Success;
                case PropertyType.FourByteInteger:
                    if (available < 4)
                    {
                        return ReasonCode.MalformedPacket;
                    }

                    integers[id] = BigEndian.ReadUInt32(source, position);
                    position += 4;
                    return integers[id] == 0 && id == PropertyId.MaximumPacketSize
                        ? ReasonCode.ProtocolError
                        : ReasonCode.Success;
                case PropertyType.VariableByteInteger:
                    return DecodeSubscriptionIdentifier(source, ref position, stop);
                case PropertyType.Utf8String:
                case PropertyType.BinaryData:
                    return DecodeData(id, type, source, ref position, stop, refuseControlCharacters);
                default:
                    return DecodeUserProperty(source, ref position, stop, refuseControlCharacters);
            }
        }

        private int DecodeSubscriptionIdentifier(byte[] source, ref int position, int stop)
        {
            int used = VariableByteInteger.Read(source, position, stop - position, out int value);
            if (used <= 0)
            {
                return ReasonCode.MalformedPacket;
            }

            position += used;
            if (value == 0)
            {
                return ReasonCode.ProtocolError;
            }

            if (subscriptionTotal == 0)
            {
                integers[PropertyId.SubscriptionIdentifier] = value;
            }

            if (subscriptionCount < subscriptionIdentifiers.Length)
            {
                subscriptionIdentifiers[subscriptionCount++] = value;
            }

            subscriptionTotal++;
            return ReasonCode.Success;
        }

        private int DecodeData(int id, int type, byte[] source, ref int position, int stop, bool refuseControlCharacters)
        {
            int status = FieldReader.ReadData(source, ref position, stop, type == PropertyType.Utf8String,
                refuseControlCharacters, out int offset, out int length);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            offsets[id] = offset;
            lengths[id] = length;
            if (id == PropertyId.ResponseTopic
                && (length == 0 || TopicName.ContainsWildcard(source, offset, length)))
            {
                return ReasonCode.ProtocolError;
            }

            return ReasonCode.Success;
        }

        private int DecodeUserProperty(byte[] source, ref int position, int stop, bool refuseControlCharacters)
        {
            int status = FieldReader.ReadData(source, ref position, stop, true, refuseControlCharacters,
                out int nameOffset, out int nameLength);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            status = FieldReader.ReadData(source, ref position, stop, true, refuseControlCharacters,
                out int valueOffset, out int valueLength);
            if (status != ReasonCode.Success)
            {
                return status;
            }

            if (4 * (userCount + 1) <= userEntries.Length)
            {
                int entry = 4 * userCount;
                userEntries[entry] = nameOffset;
                userEntries[entry + 1] = nameLength;
                userEntries[entry + 2] = valueOffset;
                userEntries[entry + 3] = valueLength;
                userCount++;
            }

            userTotal++;
            return ReasonCode.Success;
        }

        private bool HasData(int id)
        {
            int type = PropertyId.TypeOf(id);
            return Has(id) && (type == PropertyType.Utf8String || type == PropertyType.BinaryData);
        }
    }
}
