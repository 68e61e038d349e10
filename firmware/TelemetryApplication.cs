using System;
using System.Threading;
using Telemetry.Drivers;
using Telemetry.Drivers.Battery;
using Telemetry.Drivers.Climate;
using Telemetry.Drivers.Gps;
using Telemetry.Firmware.Commands;
using Telemetry.Firmware.Configuration;
using Telemetry.Firmware.Discovery;
using Telemetry.Firmware.Json;
using Telemetry.Firmware.Messaging;
using Telemetry.Firmware.Telemetry;

namespace Telemetry.Firmware
{
    /// <summary>
    /// The telemetry node: reads the sensors, publishes telemetry every N seconds, keeps the retained status topic
    /// (birth <c>online</c>, will <c>offline</c>), answers commands and publishes Home Assistant discovery.
    /// Everything is allocated in the constructor; <see cref="Step"/> allocates nothing. Call <see cref="Step"/>
    /// from one thread (the main loop); the session's thread only queues commands and connection changes.
    /// </summary>
    public sealed class TelemetryApplication
    {
        /// <summary>Telemetry buffer size, bytes.</summary>
        public const int TelemetryBufferSize = 640;

        /// <summary>Reply buffer size, bytes.</summary>
        public const int ReplyBufferSize = 384;

        /// <summary>Delay between the reply of <c>reboot</c>/<c>sleep</c> and the action, so the reply leaves first.</summary>
        public const int ActionDelayMilliseconds = 500;

        /// <summary>Commands waiting at most.</summary>
        public const int InboxCapacity = 4;

        /// <summary>Largest command payload, bytes.</summary>
        public const int MaxCommandPayload = 256;

        /// <summary>Largest Response Topic, bytes.</summary>
        public const int MaxResponseTopic = 128;

        /// <summary>Largest Correlation Data remembered, bytes.</summary>
        public const int MaxCorrelationData = 64;

        private readonly DeviceConfiguration _configuration;
        private readonly IMessageSession _session;
        private readonly IGpsReceiver _gps;
        private readonly IBatteryMonitor _battery;
        private readonly IClimateSensor _climate;
        private readonly IClock _clock;
        private readonly ISystem _system;
        private readonly DeviceTopics _topics;
        private readonly GpsFix _fix = new GpsFix();
        private readonly BatteryReading _batteryReading = new BatteryReading();
        private readonly ClimateReading _climateReading = new ClimateReading();
        private readonly JsonWriter _telemetry = new JsonWriter(new byte[TelemetryBufferSize]);
        private readonly JsonWriter _location = new JsonWriter(new byte[128]);
        private readonly JsonWriter _reply = new JsonWriter(new byte[ReplyBufferSize]);
        private readonly byte[] _replyTopic;
        private readonly CommandInbox _inbox;
        private readonly CommandRequest _request;
        private readonly CommandProcessor _processor;
        private readonly DuplicateFilter _duplicates;
        private readonly DiscoveryMessage[] _discovery;
        private readonly object _lock = new object();
        private readonly long _startMilliseconds;
        private bool _connectPending;
        private bool _connected;
        private bool _subscribed;
        private int _discoveryNext;
        private long _nextTelemetry;
        private int _pendingAction;
        private long _pendingActionAt;
        private bool _started;

        /// <summary>Builds the application and allocates everything it will use.</summary>
        public TelemetryApplication(
            DeviceConfiguration configuration,
            IMessageSession session,
            IGpsReceiver gps,
            IBatteryMonitor battery,
            IClimateSensor climate,
            IClock clock,
            ISystem system)
        {
            if (configuration == null || session == null || clock == null || system == null)
            {
                throw new ArgumentNullException(configuration == null ? "configuration" : session == null ? "session" : clock == null ? "clock" : "system");
            }

            _configuration = configuration;
            _session = session;
            _gps = gps;
            _battery = battery;
            _climate = climate;
            _clock = clock;
            _system = system;
            _topics = new DeviceTopics(configuration);
            _replyTopic = new byte[_topics.CommandPrefix.Length + CommandRequest.MaxNameLength + _topics.ReplySuffix.Length];
            Array.Copy(_topics.CommandPrefix, _replyTopic, _topics.CommandPrefix.Length);
            _inbox = new CommandInbox(InboxCapacity, MaxCommandPayload, MaxResponseTopic, MaxCorrelationData);
            _request = new CommandRequest(MaxCommandPayload, MaxResponseTopic, MaxCorrelationData);
            _processor = new CommandProcessor(configuration);
            _duplicates = new DuplicateFilter(8, MaxCorrelationData);
            _discovery = configuration.DiscoveryEnabled
                ? HomeAssistantDiscovery.Build(configuration, _topics, system.MacAddress)
                : new DiscoveryMessage[0];
            _startMilliseconds = clock.Milliseconds;

            // The first message follows the birth of the first connection; without one it is queued after a period.
            _nextTelemetry = _startMilliseconds + (configuration.TelemetryIntervalSeconds * 1000L);
            Counters = new ApplicationCounters();
            session.MessageReceived += OnMessageReceived;
            session.StateChanged += OnStateChanged;
        }

        /// <summary>The device's topics.</summary>
        public DeviceTopics Topics
        {
            get { return _topics; }
        }

        /// <summary>The configuration in use (the <c>interval</c> command changes it).</summary>
        public DeviceConfiguration Configuration
        {
            get { return _configuration; }
        }

        /// <summary>What happened so far.</summary>
        public ApplicationCounters Counters { get; private set; }

        /// <summary>Sequence number of the last telemetry message (0 before the first).</summary>
        public long Sequence { get; private set; }

        /// <summary>The last telemetry message written (valid until the next one).</summary>
        public JsonWriter LastTelemetry
        {
            get { return _telemetry; }
        }

        /// <summary>The discovery messages published on each connection.</summary>
        public DiscoveryMessage[] DiscoveryMessages
        {
            get { return _discovery; }
        }

        /// <summary>Commands dropped because the inbox was full.</summary>
        public long CommandsDropped
        {
            get { return _inbox.Dropped; }
        }

        /// <summary>Milliseconds since start-up.</summary>
        public long UptimeMilliseconds
        {
            get { return _clock.Milliseconds - _startMilliseconds; }
        }

        /// <summary>Seconds between telemetry messages now (longer while the battery is low).</summary>
        public int CurrentIntervalSeconds
        {
            get
            {
                int interval = _configuration.TelemetryIntervalSeconds;
                if (_batteryReading.IsValid && _batteryReading.IsLow && _configuration.LowBatteryIntervalSeconds > interval)
                {
                    interval = _configuration.LowBatteryIntervalSeconds;
                }

                return interval;
            }
        }

        /// <summary>Subscribes to the commands and starts the session (it connects in the background).</summary>
        public void Start()
        {
            if (_started)
            {
                return;
            }

            _started = true;
            _subscribed = _session.Subscribe(_topics.CommandFilter, _configuration.CommandQos) >= 0;
            _session.Start();
        }

        /// <summary>
        /// Publishes <c>offline</c> on the status topic (retained), then disconnects cleanly. The broker does not send
        /// the will after a clean disconnect, so this message stands in for it; it goes at QoS 0, which a connected
        /// client sends at once, ahead of any queued message and of the DISCONNECT.
        /// </summary>
        public void Stop()
        {
            if (_session.IsConnected)
            {
                _session.Publish(_topics.Status, _topics.OfflinePayload, 0, _topics.OfflinePayload.Length, 0, true);
            }

            _session.Stop();
            _started = false;
        }

        /// <summary>
        /// One pass of the main loop: connection work (birth, discovery, subscription), queued commands, the GPS,
        /// telemetry when due, and a pending reboot or sleep. Returns milliseconds until the next telemetry is due.
        /// </summary>
        public int Step()
        {
            long now = _clock.Milliseconds;
            HandleConnection();
            while (_inbox.Take(_request))
            {
                HandleCommand(now);
            }

            if (_gps != null)
            {
                _gps.Read(_fix);
            }

            if (now >= _nextTelemetry)
            {
                PublishTelemetry();

                // Keep the period without drift; after a stall, start again from now rather than catch up in a burst.
                _nextTelemetry += CurrentIntervalSeconds * 1000L;
                if (_nextTelemetry <= now)
                {
                    _nextTelemetry = now + (CurrentIntervalSeconds * 1000L);
                }
            }

            if (_pendingAction != CommandAction.None && now >= _pendingActionAt)
            {
                RunPendingAction();
            }

            long wait = _nextTelemetry - _clock.Milliseconds;
            return wait < 0 ? 0 : wait > int.MaxValue ? int.MaxValue : (int)wait;
        }

        /// <summary>Reads the battery and climate sensors and publishes one telemetry message now; returns the session status.</summary>
        public int PublishTelemetry()
        {
            if (_gps != null)
            {
                _gps.Read(_fix);
            }

            if (_battery != null)
            {
                _battery.Read(_batteryReading);
            }

            if (_climate != null)
            {
                _climate.Read(_climateReading);
            }

            long maxAge = _configuration.GpsMaxAgeSeconds * 1000L;
            DateTime utc;
            bool hasTime = TelemetryFormatter.TryGetGpsTime(_fix, maxAge, out utc) || _system.TryGetUtcNow(out utc);
            long sequence = Sequence + 1;
            int length = TelemetryFormatter.Write(_telemetry, sequence, UptimeMilliseconds, hasTime, utc, _fix, maxAge, _batteryReading, _climateReading);
            if (length < 0)
            {
                Counters.TelemetryFailed++;
                return length;
            }

            Sequence = sequence;
            int status = _session.Publish(_topics.Telemetry, _telemetry.Buffer, _telemetry.Offset, length, _configuration.TelemetryQos, _configuration.TelemetryRetain);
            if (status >= 0)
            {
                Counters.TelemetrySent++;
            }
            else
            {
                Counters.TelemetryFailed++;
            }

            int locationLength = TelemetryFormatter.WriteLocation(_location, _fix, maxAge);
            if (locationLength > 0 && _session.Publish(_topics.Location, _location.Buffer, _location.Offset, locationLength, _configuration.TelemetryQos, true) >= 0)
            {
                Counters.LocationSent++;
            }

            return status;
        }

        private void HandleConnection()
        {
            bool connectedNow = false;
            Monitor.Enter(_lock);
            try
            {
                if (_connectPending)
                {
                    _connectPending = false;
                    connectedNow = true;
                }
            }
            finally
            {
                Monitor.Exit(_lock);
            }

            if (connectedNow)
            {
                _session.Publish(_topics.Status, _topics.OnlinePayload, 0, _topics.OnlinePayload.Length, _configuration.StatusQos, true);
                _discoveryNext = 0;
                if (Sequence == 0)
                {
                    _nextTelemetry = _clock.Milliseconds;
                }
                if (!_subscribed)
                {
                    _subscribed = _session.Subscribe(_topics.CommandFilter, _configuration.CommandQos) >= 0;
                }
            }

            // Discovery goes out a message at a time, as the session takes them (its outbox is bounded).
            while (_connected && _discoveryNext < _discovery.Length)
            {
                DiscoveryMessage message = _discovery[_discoveryNext];
                int status = _session.Publish(message.Topic, message.Payload, 0, message.Payload.Length, 1, true);
                if (status < 0)
                {
                    break;
                }

                Counters.DiscoverySent++;
                _discoveryNext++;
            }
        }

        private void HandleCommand(long now)
        {
            if (_duplicates.IsDuplicate(_request))
            {
                Counters.CommandDuplicates++;
                _processor.WriteDuplicateReply(_request, _reply);
                SendReply();
                return;
            }

            _duplicates.Remember(_request);
            int action = _processor.Execute(_request, _reply, UptimeMilliseconds, Sequence + 1, _system.FreeMemoryBytes());
            Counters.CommandsRun++;
            if (_processor.LastFailed)
            {
                Counters.CommandErrors++;
            }

            if (action == CommandAction.PublishNow)
            {
                PublishTelemetry();
            }

            SendReply();
            if (action == CommandAction.IntervalChanged)
            {
                _nextTelemetry = now + (CurrentIntervalSeconds * 1000L);
            }
            else if (action == CommandAction.Reboot || action == CommandAction.Sleep)
            {
                _pendingAction = action;
                _pendingActionAt = now + ActionDelayMilliseconds;
            }
        }

        private void SendReply()
        {
            if (_reply.Overflow)
            {
                Counters.RepliesFailed++;
                return;
            }

            int status;
            bool v5 = _session.Version == 5;
            int correlationLength = v5 ? _request.CorrelationDataLength : 0;
            if (v5 && _request.ResponseTopicLength > 0)
            {
                status = _session.PublishTo(
                    _request.ResponseTopic, 0, _request.ResponseTopicLength, _request.CorrelationData, 0, correlationLength,
                    _reply.Buffer, _reply.Offset, _reply.Length, _configuration.ReplyQos);
            }
            else
            {
                int position = _topics.CommandPrefix.Length;
                Array.Copy(_request.Name, 0, _replyTopic, position, _request.NameLength);
                position += _request.NameLength;
                Array.Copy(_topics.ReplySuffix, 0, _replyTopic, position, _topics.ReplySuffix.Length);
                position += _topics.ReplySuffix.Length;
                status = _session.PublishTo(
                    _replyTopic, 0, position, _request.CorrelationData, 0, correlationLength,
                    _reply.Buffer, _reply.Offset, _reply.Length, _configuration.ReplyQos);
            }

            if (status < 0)
            {
                Counters.RepliesFailed++;
            }
        }

        private void RunPendingAction()
        {
            int action = _pendingAction;
            _pendingAction = CommandAction.None;
            Stop();
            if (action == CommandAction.Reboot)
            {
                _system.Reboot();
            }
            else
            {
                _system.DeepSleep(_processor.SleepSeconds);
            }
        }

        private void OnStateChanged(IMessageSession session, bool connected)
        {
            Monitor.Enter(_lock);
            try
            {
                _connected = connected;
                if (connected)
                {
                    _connectPending = true;
                    Counters.Connections++;
                }
                else
                {
                    Counters.Disconnections++;
                }
            }
            finally
            {
                Monitor.Exit(_lock);
            }
        }

        private void OnMessageReceived(IMessageSession session, InboundMessage message)
        {
            int nameOffset;
            int nameLength;
            if (!_topics.TryGetCommandName(message.Buffer, message.TopicOffset, message.TopicLength, out nameOffset, out nameLength))
            {
                return;
            }

            if (message.Retain)
            {
                Counters.CommandsIgnored++;
                return;
            }

            _inbox.Add(message, nameOffset, nameLength);
        }
    }
}
