using Hub.Identity.Matching;
using Hub.Identity.Normalisation;
using Hub.Storage;
using Hub.Sync.Identity;
using Hub.Sync.Tests.Infrastructure;
using Hub.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Sync.Tests.Identity;

/// <summary>Issue 5: the matcher's thresholds come from <c>Hub:Identity</c>, are checked at start, and decide.</summary>
[Collection(SqliteCollection.Name)]
public sealed class IdentityOptionsTests(SqliteSyncHubFactory factory) : IAsyncLifetime
{
    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetAsync_HigherAutoLinkThreshold_SamePairGoesToReviewInstead()
    {
        await factory.ProcessAsync(CanonicalTestMapper.Page("siao", "p-1",
            IdentityTestData.PersonJson(Hub.Canonical.Model.IdentifierSystems.SiaoPersonne, "p-1", "LEFEVRE", "1985-04-12", "F", "Hélène", "Marie"), DateTimeOffset.UnixEpoch));
        var incoming = new PersonRecord
        {
            Source = "caf", SourceId = "a-1", BirthName = "LEFEVBRE", FirstNames = "HELENE MARIE", BirthDate = PartialDate.Create(1985, 4, 12), Sex = Sex.Female, BirthPlace = "68224",
        };
        Assert.Equal(new IdentityOptions().AutoLinkThreshold, factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.AutoLinkThreshold);

        var byDefault = await MatchAsync(new IdentityOptions(), incoming);
        var strict = await MatchAsync(new IdentityOptions { AutoLinkThreshold = byDefault.Score + 1, ReviewThreshold = 13 }, incoming);

        Assert.Equal((MatchOutcome.AutoLink, MatchOutcome.Review), (byDefault.Outcome, strict.Outcome));
    }

    [Theory]
    [InlineData("20", "20", "ReviewThreshold")]
    [InlineData("20", "25", "ReviewThreshold")]
    [InlineData("-1", "13", "AutoLinkThreshold")]
    [InlineData("20", "0", "ReviewThreshold")]
    public void Options_BadThresholds_RefusedNamingTheKey(string autoLink, string review, string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hub:Identity:AutoLinkThreshold"] = autoLink,
            ["Hub:Identity:ReviewThreshold"] = review,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddSyncEngine(configuration);
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<IdentityOptions>>().Value);

        Assert.Contains($"Hub:Identity:{key}", failure.Message, StringComparison.Ordinal);
    }

    private async Task<MatchDecision> MatchAsync(IdentityOptions options, PersonRecord incoming)
    {
        using var cache = new PersonIndexCache(Options.Create(options));
        return await factory.QueryAsync(async db => (await cache.GetAsync(db, CancellationToken.None)).Match(incoming));
    }
}
