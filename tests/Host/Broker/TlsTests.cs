using System.Security.Cryptography.X509Certificates;
using Telemetry.Mqtt.Codec;
using Telemetry.Mqtt.Session;
using Telemetry.Mqtt.Transport;
using Telemetry.Mqtt.Transport.Simulated;
using Xunit;

namespace Telemetry.HostTests.Broker;

/// <summary>
/// mqtts:// against a mosquitto TLS listener (TLS 1.2) with a CA and certificates the test makes itself: the right CA
/// connects; a wrong CA, an expired server certificate and a wrong host name are refused with TlsFailed and a reason; a
/// listener that requires client certificates accepts ours and refuses a client without one.
/// </summary>
public class TlsTests
{
    private const int Generous = 20_000;

    [Fact]
    public void ConnectsWithTheRightCaAndRunsMqtt()
    {
        var ca = TestCertificates.CreateCa("Test CA");
        using var broker = StartTlsBroker(ca, TestCertificates.CreateServer(ca, "localhost"), requireClientCertificate: false);
        var transport = new HostTlsTransport(ca.CertificatePem, null);
        Assert.Equal(TransportStatus.Ok, transport.Connect("localhost", broker.Port, Generous));
        AssertConnAck(transport);
        transport.Close();
        transport.Close();
        Assert.Equal(TransportStatus.NotConnected, transport.Send(new byte[2], 0, 2));

        // The whole client over TLS: a URI, a publish to itself at QoS 2.
        var address = BrokerAddress.Parse("mqtts://localhost:" + broker.Port);
        Assert.True(address.UseTls);
        var options = ClientHarness.OptionsFor(broker, "tls-client", MqttVersion.V500);
        options.Host = address.Host;
        using var harness = new ClientHarness(options, new HostTlsTransport(ca.CertificatePem, null));
        harness.Client.Start();
        harness.WaitConnected(1);
        harness.Subscribe("tls/#", 2);
        harness.Publish("tls/echo", "over tls", 2);
        Assert.Equal("over tls", harness.WaitMessage(m => m.Topic == "tls/echo", "echo over TLS").Text);
    }

    [Fact]
    public void RefusesAServerSignedByAnotherCa()
    {
        var ca = TestCertificates.CreateCa("Test CA");
        var other = TestCertificates.CreateCa("Other CA");
        using var broker = StartTlsBroker(ca, TestCertificates.CreateServer(ca, "localhost"), requireClientCertificate: false);
        var transport = new HostTlsTransport(other.CertificatePem, null);
        Assert.Equal(TransportStatus.TlsFailed, transport.Connect("localhost", broker.Port, Generous));
        Assert.Contains("not trusted", transport.LastTlsError);
    }

    [Fact]
    public void RefusesAnExpiredServerCertificate()
    {
        var ca = TestCertificates.CreateCa("Test CA");
        using var broker = StartTlsBroker(ca, TestCertificates.CreateServer(ca, "localhost", expired: true), requireClientCertificate: false);
        var transport = new HostTlsTransport(ca.CertificatePem, null);
        Assert.Equal(TransportStatus.TlsFailed, transport.Connect("localhost", broker.Port, Generous));
        Assert.Contains("NotTimeValid", transport.LastTlsError);
    }

    [Fact]
    public void RefusesAServerCertificateForAnotherHostName()
    {
        var ca = TestCertificates.CreateCa("Test CA");
        using var broker = StartTlsBroker(ca, TestCertificates.CreateServer(ca, "broker.example"), requireClientCertificate: false);
        var transport = new HostTlsTransport(ca.CertificatePem, null);
        Assert.Equal(TransportStatus.TlsFailed, transport.Connect("localhost", broker.Port, Generous));
        Assert.Contains("RemoteCertificateNameMismatch", transport.LastTlsError);
    }

    [Fact]
    public void ListenerRequiringClientCertificatesAcceptsOursAndRefusesNone()
    {
        var ca = TestCertificates.CreateCa("Test CA");
        using var broker = StartTlsBroker(ca, TestCertificates.CreateServer(ca, "localhost"), requireClientCertificate: true);

        var client = TestCertificates.CreateClient(ca, "device-01");
        var withCertificate = new HostTlsTransport(ca.CertificatePem, client.Certificate);
        Assert.Equal(TransportStatus.Ok, withCertificate.Connect("localhost", broker.Port, Generous));
        AssertConnAck(withCertificate);
        withCertificate.Close();

        var without = new HostTlsTransport(ca.CertificatePem, null);
        Assert.Equal(TransportStatus.TlsFailed, without.Connect("localhost", broker.Port, Generous));
        Assert.NotNull(without.LastTlsError);
    }

    private static MosquittoBroker StartTlsBroker(PemCertificate ca, PemCertificate server, bool requireClientCertificate) =>
        MosquittoBroker.Start(new MosquittoOptions
        {
            Files = new Dictionary<string, string>
            {
                ["ca.crt"] = ca.CertificatePem,
                ["server.crt"] = server.CertificatePem,
                ["server.key"] = server.KeyPem,
            },
            ListenerLines =
            [
                "cafile {dir}/ca.crt",
                "certfile {dir}/server.crt",
                "keyfile {dir}/server.key",
                "tls_version tlsv1.2",
                "require_certificate " + (requireClientCertificate ? "true" : "false"),
            ],
        });

    private static void AssertConnAck(IMqttTransport transport)
    {
        byte[] buffer = new byte[256];
        int length = ConnectEncoder.Encode(buffer, 0, buffer.Length, MqttVersion.V311, new ConnectPacket { ClientId = "tls-raw" });
        Assert.Equal(TransportStatus.Ok, transport.Send(buffer, 0, length));
        TcpTransportTests.ReceiveExactly(transport, buffer, 4);
        var view = new ConnAckView();
        Assert.Equal(ReasonCode.Success, ConnAckDecoder.Decode(buffer, 0, 4, MqttVersion.V311, view));
    }
}
