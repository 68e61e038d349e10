namespace Telemetry.Drivers.Gps
{
    /// <summary>
    /// Collects GSV sequences into satellites in view, tracked, best and average SNR per constellation. Receivers
    /// send one sequence per constellation, and on NMEA 4.10+ one per signal (u-blox adds a signal 0 sequence for
    /// satellites not tracked); the sequences of one epoch are merged, and a constellation's epoch restarts when a
    /// signal already merged comes again. A sequence with a lost or out-of-order message is dropped whole.
    /// Fixed tables, no allocation: satellites are told apart by their number modulo 256 within a constellation.
    /// </summary>
    internal sealed class GsvAggregator
    {
        /// <summary>Most messages in a sequence (the message counts are one digit).</summary>
        public const int MaxMessages = 9;

        private const int MaxEntries = MaxMessages * 4;
        private const int Systems = GpsFix.GnssSystemCount;
        private const int WordsPerSystem = 8;
        private const int NoSignal = 16;

        private readonly int[] _entryNumber = new int[MaxEntries];
        private readonly int[] _entrySnr = new int[MaxEntries];
        private readonly uint[] _inViewSet = new uint[Systems * WordsPerSystem];
        private readonly uint[] _trackedSet = new uint[Systems * WordsPerSystem];
        private readonly int[] _inView = new int[Systems];
        private readonly int[] _tracked = new int[Systems];
        private readonly int[] _declared = new int[Systems];
        private readonly int[] _snrSum = new int[Systems];
        private readonly int[] _snrCount = new int[Systems];
        private readonly int[] _snrBest = new int[Systems];
        private readonly int[] _signals = new int[Systems];
        private int _entries;
        private int _system;
        private int _signal;
        private int _total;
        private int _sequenceDeclared;
        private int _next;

        /// <summary>
        /// Starts (message 1) or continues the sequence of <paramref name="system"/> and <paramref name="signal"/>
        /// (-1 without a signal id). False when the message does not follow the open sequence: it is dropped.
        /// </summary>
        public bool Message(int system, int signal, int total, int number, int declared)
        {
            if (number == 1)
            {
                _system = system;
                _signal = signal;
                _total = total;
                _sequenceDeclared = declared;
                _entries = 0;
                _next = 1;
            }

            if (number != _next || system != _system || signal != _signal || total != _total)
            {
                _next = 0;
                return false;
            }

            _next = number + 1;
            return true;
        }

        /// <summary>Adds a satellite of the current message; <paramref name="snr"/> 0 when not tracked.</summary>
        public void Add(int satellite, int snr)
        {
            if (_entries < MaxEntries)
            {
                _entryNumber[_entries] = satellite;
                _entrySnr[_entries] = snr;
                _entries++;
            }
        }

        /// <summary>
        /// After the last message of a sequence, merges it into its constellation's epoch, writes the summary into
        /// <paramref name="fix"/> and returns the constellation; otherwise -1.
        /// </summary>
        public int Complete(GpsFix fix)
        {
            if (_next == 0 || _next != _total + 1)
            {
                return -1;
            }

            _next = 0;
            int s = _system;
            int signalBit = 1 << (_signal < 0 ? NoSignal : _signal);
            if ((_signals[s] & signalBit) != 0)
            {
                StartEpoch(s);
            }

            _signals[s] |= signalBit;
            if (_sequenceDeclared > _declared[s])
            {
                _declared[s] = _sequenceDeclared;
            }

            for (int i = 0; i < _entries; i++)
            {
                int word = (s * WordsPerSystem) + ((_entryNumber[i] & 0xFF) >> 5);
                uint bit = 1u << (_entryNumber[i] & 31);
                if ((_inViewSet[word] & bit) == 0)
                {
                    _inViewSet[word] |= bit;
                    _inView[s]++;
                }

                int snr = _entrySnr[i];
                if (snr > 0)
                {
                    if ((_trackedSet[word] & bit) == 0)
                    {
                        _trackedSet[word] |= bit;
                        _tracked[s]++;
                    }

                    _snrSum[s] += snr;
                    _snrCount[s]++;
                    if (snr > _snrBest[s])
                    {
                        _snrBest[s] = snr;
                    }
                }
            }

            int count = _snrCount[s];
            fix.SetSky(
                s,
                _inView[s] > _declared[s] ? _inView[s] : _declared[s],
                _tracked[s],
                count > 0 ? _snrBest[s] : double.NaN,
                count > 0 ? (double)_snrSum[s] / count : double.NaN);
            return s;
        }

        private void StartEpoch(int s)
        {
            System.Array.Clear(_inViewSet, s * WordsPerSystem, WordsPerSystem);
            System.Array.Clear(_trackedSet, s * WordsPerSystem, WordsPerSystem);
            _inView[s] = 0;
            _tracked[s] = 0;
            _declared[s] = 0;
            _snrSum[s] = 0;
            _snrCount[s] = 0;
            _snrBest[s] = 0;
            _signals[s] = 0;
        }
    }
}
