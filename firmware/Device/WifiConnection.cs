using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace Telemetry.Firmware.Device
{
    /// <summary>
    /// The Wi-Fi station, through <see cref="WifiNetworkHelper"/>. Credentials come from the network the runtime
    /// stores (nanoff network deployment, <c>flash.ps1 -WifiSsid</c>) first, then from <c>wifi_ssid</c> and
    /// <c>wifi_password</c> of the configuration file (which the runtime then stores, so the next start uses them).
    /// The runtime reconnects by itself after a drop; <see cref="Maintain"/> starts over when it does not. The state
    /// follows the runtime's network events, so checking it from the main loop allocates nothing.
    /// </summary>
    public sealed class WifiConnection
    {
        /// <summary>Longest wait for the runtime's own connection to the stored network.</summary>
        public const int AutoConnectWaitMilliseconds = 20000;

        /// <summary>Longest wait for an address after connecting with credentials.</summary>
        public const int ConnectTimeoutMilliseconds = 60000;

        /// <summary>Shortest time between two reconnection attempts of <see cref="Maintain"/>.</summary>
        public const int RetryMilliseconds = 30000;

        private readonly string _fileSsid;
        private readonly string _filePassword;
        private long _nextAttempt;
        private int _up;

        /// <summary>A connection with the configuration file's fallback credentials (empty for none).</summary>
        public WifiConnection(string fileSsid, string filePassword)
        {
            _fileSsid = fileSsid == null ? "" : fileSsid;
            _filePassword = filePassword == null ? "" : filePassword;
            LastError = "";
            NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
            NetworkChange.NetworkAddressChanged += OnAddressChanged;
        }

        /// <summary>True while the Wi-Fi interface is up with an address (as of the last network event).</summary>
        public bool IsUp
        {
            get { return Interlocked.CompareExchange(ref _up, 0, 0) == 1; }
        }

        /// <summary>Why the last <see cref="Connect"/> failed ("" after a success).</summary>
        public string LastError { get; private set; }

        /// <summary>The network stored in the runtime's configuration, or null when none has an SSID.</summary>
        public static Wireless80211Configuration StoredNetwork()
        {
            Wireless80211Configuration[] stored = Wireless80211Configuration.GetAllWireless80211Configurations();
            if (stored == null || stored.Length == 0 || stored[0].Ssid == null || stored[0].Ssid.Length == 0)
            {
                return null;
            }

            return stored[0];
        }

        /// <summary>True while the Wi-Fi interface holds an IPv4 address.</summary>
        public static bool HasAddress()
        {
            NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < interfaces.Length; i++)
            {
                if (interfaces[i].NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    string address = interfaces[i].IPv4Address;
                    return address != null && address.Length > 0 && address != "0.0.0.0";
                }
            }

            return false;
        }

        /// <summary>
        /// Connects with the stored network, then with the file's credentials; blocks up to
        /// <see cref="AutoConnectWaitMilliseconds"/> plus twice <see cref="ConnectTimeoutMilliseconds"/>. True once the
        /// interface has an address.
        /// </summary>
        public bool Connect()
        {
            bool connected = ConnectOnce();
            Interlocked.Exchange(ref _up, connected ? 1 : 0);
            return connected;
        }

        // Stored network: the runtime's own auto-connect first (AutoConnect, as flash.ps1 stores it), then an active
        // connection with the stored credentials (networks stored without AutoConnect); then the file's keys.
        private bool ConnectOnce()
        {
            Wireless80211Configuration stored = StoredNetwork();
            if (stored != null)
            {
                Console.WriteLine("Wi-Fi: connecting to the stored network '" + stored.Ssid + "'");
                if (Attempt(null, null, AutoConnectWaitMilliseconds) || Attempt(stored.Ssid, stored.Password, ConnectTimeoutMilliseconds))
                {
                    return true;
                }
            }

            if (_fileSsid.Length > 0)
            {
                Console.WriteLine("Wi-Fi: connecting to '" + _fileSsid + "' from the configuration file");
                if (Attempt(_fileSsid, _filePassword, ConnectTimeoutMilliseconds))
                {
                    return true;
                }
            }
            else if (stored == null)
            {
                LastError = "no Wi-Fi network: store one with flash.ps1 -WifiSsid, or set wifi_ssid in the configuration file";
            }

            Console.WriteLine("Wi-Fi: " + LastError);
            return false;
        }

        /// <summary>
        /// Called from the main loop: when the address is gone, connects again (at most once every
        /// <see cref="RetryMilliseconds"/>). True while connected.
        /// </summary>
        public bool Maintain()
        {
            if (IsUp)
            {
                return true;
            }

            long now = Environment.TickCount64;
            if (now < _nextAttempt)
            {
                return false;
            }

            _nextAttempt = now + RetryMilliseconds;
            Console.WriteLine("Wi-Fi: no address, reconnecting");
            return Connect();
        }

        /// <summary>Waits until SNTP has set the clock; false after <paramref name="timeoutMilliseconds"/>.</summary>
        public static bool WaitForValidTime(int timeoutMilliseconds)
        {
            long end = Environment.TickCount64 + timeoutMilliseconds;
            while (!DeviceSystem.IsValidTime(DateTime.UtcNow))
            {
                if (Environment.TickCount64 >= end)
                {
                    return false;
                }

                Thread.Sleep(250);
            }

            return true;
        }

        private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
        {
            Interlocked.Exchange(ref _up, e.IsAvailable && HasAddress() ? 1 : 0);
            Console.WriteLine(e.IsAvailable ? "Wi-Fi: network available" : "Wi-Fi: network lost");
        }

        private void OnAddressChanged(object sender, EventArgs e)
        {
            Interlocked.Exchange(ref _up, HasAddress() ? 1 : 0);
        }

        // Waits for the runtime's auto-connect when ssid is null, else connects. Waits for an address, not for the time.
        private bool Attempt(string ssid, string password, int timeoutMilliseconds)
        {
            CancellationTokenSource timeout = new CancellationTokenSource(timeoutMilliseconds);
            try
            {
                bool connected = ssid == null
                    ? WifiNetworkHelper.Reconnect(false, 0, timeout.Token)
                    : WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
                if (connected)
                {
                    LastError = "";
                    return true;
                }

                LastError = Describe(WifiNetworkHelper.Status);
                return false;
            }
            finally
            {
                timeout.Dispose();
            }
        }

        // Enum names are not available on the device (ToString gives the number).
        private static string Describe(NetworkHelperStatus status)
        {
            switch (status)
            {
                case NetworkHelperStatus.FailedNoNetworkInterface:
                    return "no Wi-Fi interface";
                case NetworkHelperStatus.TokenExpiredWaitingIPAddress:
                    return "no address in time (wrong password or out of range?)";
                case NetworkHelperStatus.ErrorConnetingToWiFiWhileScanning:
                    return "network not found while scanning";
                case NetworkHelperStatus.ExceptionOccurred:
                    Exception e = WifiNetworkHelper.HelperException;
                    return "error: " + (e == null ? "unknown" : e.Message);
                default:
                    return "failed (status " + ((int)status).ToString() + ")";
            }
        }
    }
}
