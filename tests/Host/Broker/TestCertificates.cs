using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Telemetry.HostTests.Broker;

/// <summary>A certificate and its private key, in PEM, as mosquitto and the devices take them.</summary>
public sealed record PemCertificate(string CertificatePem, string KeyPem, X509Certificate2 Certificate);

/// <summary>Test CAs and certificates made with .NET's certificate APIs (ECDSA P-256), never stored in the repository.</summary>
public static class TestCertificates
{
    public static PemCertificate CreateCa(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=" + name, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        return new PemCertificate(certificate.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem(), certificate);
    }

    /// <summary>A server certificate for <paramref name="dnsName"/> and 127.0.0.1, signed by <paramref name="ca"/>.</summary>
    public static PemCertificate CreateServer(PemCertificate ca, string dnsName, bool expired = false) =>
        CreateLeaf(ca, "CN=" + dnsName, serverAuth: true, dnsName, expired);

    /// <summary>A client certificate signed by <paramref name="ca"/>.</summary>
    public static PemCertificate CreateClient(PemCertificate ca, string name) =>
        CreateLeaf(ca, "CN=" + name, serverAuth: false, null, expired: false);

    private static PemCertificate CreateLeaf(PemCertificate ca, string subject, bool serverAuth, string? dnsName, bool expired)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], false));
        if (dnsName != null)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName(dnsName);
            if (dnsName == "localhost")
            {
                names.AddIpAddress(IPAddress.Loopback);
            }

            request.CertificateExtensions.Add(names.Build());
        }

        var now = DateTimeOffset.UtcNow;
        var (notBefore, notAfter) = expired ? (now.AddDays(-10), now.AddDays(-1)) : (now.AddDays(-1), now.AddDays(30));
        byte[] serial = new byte[12];
        RandomNumberGenerator.Fill(serial);
        serial[0] &= 0x7F;
        using var caKey = ECDsa.Create();
        caKey.ImportFromPem(ca.KeyPem);
        using var signed = request.Create(ca.Certificate.SubjectName, X509SignatureGenerator.CreateForECDsa(caKey), notBefore, notAfter, serial);
        var withKey = signed.CopyWithPrivateKey(key);
        return new PemCertificate(signed.ExportCertificatePem(), key.ExportPkcs8PrivateKeyPem(), withKey);
    }
}
