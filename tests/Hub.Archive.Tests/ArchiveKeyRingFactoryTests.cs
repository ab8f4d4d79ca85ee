using System.Security.Cryptography;
using Hub.Archive.Encryption;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Hub.Archive.Tests;

public sealed class ArchiveKeyRingFactoryTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "lda-hub-keyring", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Create_ProductionWithoutKey_RefusesAndNamesTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ArchiveKeyRingFactory.Create(new ArchiveOptions(), new Environment(Environments.Production), _dataDirectory));

        Assert.Contains("Hub:Archive:Keys", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DevelopmentWithoutKey_MakesOneLocalKeyAndReusesIt()
    {
        var first = ArchiveKeyRingFactory.Create(new ArchiveOptions(), new Environment(Environments.Development), _dataDirectory);
        var envelope = first.Seal("payload"u8, "address");

        var second = ArchiveKeyRingFactory.Create(new ArchiveOptions(), new Environment(Environments.Development), _dataDirectory);

        Assert.Equal(ArchiveKeyRingFactory.LocalKeyId, second.ActiveKeyId);
        Assert.Equal("payload"u8.ToArray(), second.Open(envelope, "address"));
    }

    [Fact]
    public void Create_ConfiguredKeys_UsesActiveKeyId()
    {
        var options = new ArchiveOptions
        {
            Keys = { ["2025"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), ["2026"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) },
            ActiveKeyId = "2025",
        };

        var sut = ArchiveKeyRingFactory.Create(options, new Environment(Environments.Production), _dataDirectory);

        Assert.Equal("2025", sut.ActiveKeyId);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Hub.Api";

        public string ContentRootPath { get; set; } = "/";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
