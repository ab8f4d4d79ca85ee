using System.Text;
using Hub.Connectors.Referral;

namespace Hub.Connectors.Tests.Referral;

public sealed class SaisineSignatureTests
{
    // The test vector of docs/connectors/caf.md §2.
    private const string Secret = "cle-de-test-lda-hub-non-secrete";
    private const long Timestamp = 1772613900;
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"referenceHub":"sai-test","organismeDestinataire":"CAF"}""");
    private const string Expected = "sha256=f48d3d654afc2e70fa8815fe8e01952fbf2d96c96f99ca5d93221fdb4a795198";

    [Fact]
    public void Sign_DocumentedTestVector_GivesDocumentedSignature()
    {
        Assert.Equal(Expected, SaisineSignature.Sign(Secret, Timestamp, Body));
    }

    [Fact]
    public void Matches_DocumentedTestVector_IsTrue()
    {
        Assert.True(SaisineSignature.Matches(Secret, Timestamp, Body, Expected));
    }

    [Theory]
    [InlineData("sha256=f48d3d654afc2e70fa8815fe8e01952fbf2d96c96f99ca5d93221fdb4a795199")]
    [InlineData("sha256=F48D3D654AFC2E70FA8815FE8E01952FBF2D96C96F99CA5D93221FDB4A79519")]
    [InlineData("f48d3d654afc2e70fa8815fe8e01952fbf2d96c96f99ca5d93221fdb4a795198")]
    [InlineData("sha256=zz8d3d654afc2e70fa8815fe8e01952fbf2d96c96f99ca5d93221fdb4a795198")]
    [InlineData("")]
    public void Matches_AlteredSignature_IsFalse(string signature)
    {
        Assert.False(SaisineSignature.Matches(Secret, Timestamp, Body, signature));
    }

    [Fact]
    public void Matches_BodyChangedByOneByte_IsFalse()
    {
        var tampered = (byte[])Body.Clone();
        tampered[^2] = (byte)'M';

        Assert.False(SaisineSignature.Matches(Secret, Timestamp, tampered, Expected));
        Assert.False(SaisineSignature.Matches(Secret, Timestamp + 1, Body, Expected));
    }
}
