using System.Globalization;
using System.Text;
using Hub.Connectors.Referral;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Connectors.Tests.Referral;

public sealed class ReferralSignatureVerifierTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"kind":"saisine-statut","idSaisine":"S68-2026-004417","statut":"en-cours"}""");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1772613900));
    private readonly ReferralSignatureVerifier _sut;

    public ReferralSignatureVerifierTests() =>
        _sut = new ReferralSignatureVerifier(new Dictionary<string, string> { ["caf-2026-01"] = "ancien-secret", ["caf-2027-01"] = "nouveau-secret" }, _time);

    [Theory]
    [InlineData("caf-2026-01", "ancien-secret")]
    [InlineData("caf-2027-01", "nouveau-secret")]
    public void Verify_EitherKeyOfARotation_IsValid(string keyId, string secret)
    {
        var result = Verify(_time.GetUtcNow().ToUnixTimeSeconds(), keyId, secret);

        Assert.True(result.IsValid);
        Assert.Equal(keyId, result.KeyId);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public void Verify_TimestampAtWindowEdge_IsValid(int skew)
    {
        Assert.True(Verify(_time.GetUtcNow().ToUnixTimeSeconds() + skew, "caf-2026-01", "ancien-secret").IsValid);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void Verify_TimestampOutsideWindow_IsHorodatageHorsFenetre(int skew)
    {
        var result = Verify(_time.GetUtcNow().ToUnixTimeSeconds() + skew, "caf-2026-01", "ancien-secret");

        Assert.False(result.IsValid);
        Assert.Equal(SignatureCheck.HorodatageHorsFenetre, result.Code);
    }

    [Fact]
    public void Verify_UnknownKeyId_IsCleInconnue()
    {
        Assert.Equal(SignatureCheck.CleInconnue, Verify(_time.GetUtcNow().ToUnixTimeSeconds(), "caf-2025-01", "ancien-secret").Code);
    }

    [Fact]
    public void Verify_WrongSecret_IsSignatureInvalide()
    {
        Assert.Equal(SignatureCheck.SignatureInvalide, Verify(_time.GetUtcNow().ToUnixTimeSeconds(), "caf-2026-01", "nouveau-secret").Code);
    }

    [Theory]
    [InlineData(null, "sha256=00")]
    [InlineData("17726139xx", "sha256=00")]
    [InlineData("1772613900", null)]
    public void Verify_MissingOrMalformedHeaders_IsSignatureInvalide(string? timestamp, string? signature)
    {
        Assert.Equal(SignatureCheck.SignatureInvalide, _sut.Verify(Body, timestamp, "caf-2026-01", signature).Code);
    }

    [Fact]
    public void Verify_ClockMoves_StaleRequestRefusedLater()
    {
        var timestamp = _time.GetUtcNow().ToUnixTimeSeconds();
        var signature = SaisineSignature.Sign("ancien-secret", timestamp, Body);

        var now = _sut.Verify(Body, timestamp.ToString(CultureInfo.InvariantCulture), "caf-2026-01", signature);
        _time.Advance(TimeSpan.FromMinutes(6));
        var replayedLater = _sut.Verify(Body, timestamp.ToString(CultureInfo.InvariantCulture), "caf-2026-01", signature);

        Assert.True(now.IsValid);
        Assert.Equal(SignatureCheck.HorodatageHorsFenetre, replayedLater.Code);
    }

    private SignatureCheck Verify(long timestamp, string keyId, string secret) =>
        _sut.Verify(Body, timestamp.ToString(CultureInfo.InvariantCulture), keyId, SaisineSignature.Sign(secret, timestamp, Body));
}
