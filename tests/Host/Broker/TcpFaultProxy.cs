using System.Net;
using System.Net.Sockets;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// A loopback TCP proxy between a client and a broker that injects network faults: cut every connection at once
/// (the client sees a reset), refuse new connections for a while, or stop forwarding on the open connections without
/// closing them (a half-open link: both ends think they are connected, nothing arrives).
/// </summary>
public sealed class TcpFaultProxy : IDisposable
{
    private readonly Socket _listener;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Link> _links = [];
    private readonly Task _acceptLoop;
    private int _accepted;
    private int _cuts;
    private volatile bool _refuse;

    public TcpFaultProxy(int targetPort)
    {
        _targetPort = targetPort;
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        _listener.Listen(64);
        Port = ((IPEndPoint)_listener.LocalEndPoint!).Port;
        _acceptLoop = Task.Run(AcceptLoop);
    }

    /// <summary>The port clients connect to (on 127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>Connections accepted and forwarded so far.</summary>
    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>Connections ended by <see cref="CutAll"/>.</summary>
    public int Cuts => Volatile.Read(ref _cuts);

    /// <summary>Connections currently open through the proxy.</summary>
    public int OpenLinks
    {
        get
        {
            lock (_links)
            {
                return _links.Count;
            }
        }
    }

    /// <summary>While true, new connections are closed as soon as they are accepted (an unreachable broker).</summary>
    public bool RefuseNew
    {
        get => _refuse;
        set => _refuse = value;
    }

    /// <summary>Resets every open connection on both sides; returns how many were cut.</summary>
    public int CutAll()
    {
        Link[] links;
        lock (_links)
        {
            links = [.. _links];
            _links.Clear();
        }

        foreach (var link in links)
        {
            link.Abort();
        }

        Interlocked.Add(ref _cuts, links.Length);
        return links.Length;
    }

    /// <summary>
    /// The open connections stop forwarding but stay open: bytes from either side are read and discarded, nothing is
    /// closed. New connections forward normally. Returns how many connections went half-open.
    /// </summary>
    public int BlackHoleOpenLinks()
    {
        lock (_links)
        {
            foreach (var link in _links)
            {
                link.BlackHole = true;
            }

            return _links.Count;
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Dispose();
        CutAll();
        try
        {
            _acceptLoop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (_refuse)
            {
                Link.Reset(client);
                continue;
            }

            var broker = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await broker.ConnectAsync(new IPEndPoint(IPAddress.Loopback, _targetPort), _stop.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                Link.Reset(client);
                broker.Dispose();
                continue;
            }

            client.NoDelay = true;
            var link = new Link(client, broker, Remove);
            lock (_links)
            {
                _links.Add(link);
            }

            Interlocked.Increment(ref _accepted);
            link.Start();
        }
    }

    private void Remove(Link link)
    {
        lock (_links)
        {
            _links.Remove(link);
        }
    }

    private sealed class Link(Socket client, Socket broker, Action<Link> closed)
    {
        private int _ended;

        public volatile bool BlackHole;

        public void Start()
        {
            _ = Task.Run(() => Pump(client, broker));
            _ = Task.Run(() => Pump(broker, client));
        }

        public void Abort()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                Reset(client);
                Reset(broker);
            }
        }

        public static void Reset(Socket socket)
        {
            try
            {
                socket.LingerState = new LingerOption(true, 0);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }

            socket.Dispose();
        }

        private async Task Pump(Socket from, Socket to)
        {
            byte[] buffer = new byte[16384];
            try
            {
                while (true)
                {
                    int n = await from.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false);
                    if (n == 0)
                    {
                        break;
                    }

                    if (!BlackHole)
                    {
                        await to.SendAsync(buffer.AsMemory(0, n), SocketFlags.None).ConfigureAwait(false);
                    }
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }

            // One side ended: end the other, as a plain TCP path would (unless a black hole hides it).
            if (!BlackHole && Interlocked.Exchange(ref _ended, 1) == 0)
            {
                client.Dispose();
                broker.Dispose();
                closed(this);
            }
        }
    }
}
