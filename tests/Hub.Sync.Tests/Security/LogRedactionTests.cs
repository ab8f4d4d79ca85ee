using System.Diagnostics;
using System.Net;
using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.Core;
using Hub.Simulators.Faults;
using Hub.Simulators.Generation;
using Hub.Storage;
using Hub.Storage.Sync;
using Hub.Sync.Outbox;
using Hub.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Hub.Sync.Tests.Security;

/// <summary>
/// Issue 6, part 5: a full sync of the four partners, with faults, dead letters, retries, outbound pushes, API
/// Particulier lookups (names and birth dates in the query string) and API calls carrying a NIR, logged at Trace in
/// every category; not one personal value the simulators seeded may appear in any captured line.
/// </summary>
[Collection(LogCaptureCollection.Name)]
public sealed class LogRedactionTests(LogCaptureSyncHubFactory factory, ITestOutputHelper output) : IAsyncLifetime
{
    private const int ApiParticulierPeople = 8;

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task FullSync_EveryLogLine_HoldsNoSeededPersonalValue()
    {
        var generator = factory.Cluster.Generator;
        var people = Enumerable.Range(0, SyncHubFactory.Households).SelectMany(h => generator.Household(h).Members).ToList();
        InjectFaults();

        foreach (var connector in SyncHubFactory.ConnectorNames)
        {
            Assert.All(await SyncDriver.RunConnectorAsync(factory, connector), SyncDriver.AssertSucceeded);
        }

        var dispatched = await DispatchUntilSettledAsync();
        var lookups = await LookUpRightsAsync(people.Take(ApiParticulierPeople).ToList());
        await CallApiWithPersonalDataAsync(people[0]);

        var deadLetters = await factory.QueryAsync(db => db.DeadLetters.CountAsync());
        var delivered = await factory.QueryAsync(db => db.Outbox.CountAsync(o => o.Status == OutboxEntries.Delivered));
        Assert.True(deadLetters > 0, "the scenario must produce dead letters");
        Assert.True(delivered > 0, "the scenario must push to partners");
        Assert.True(factory.Cluster.Caf.Calls["GET /v3/dss/quotient_familial/identite"] > ApiParticulierPeople, "the faulted lookups must be retried");
        var values = PersonalValues.Of(generator, SyncHubFactory.Households);
        var lines = factory.Logs.Lines;
        var leaks = lines.SelectMany(line => values.FoundIn(line).Select(value => (value, line))).ToList();
        output.WriteLine($"{lines.Count} log lines ({lines.Sum(l => l.Length)} characters) checked against {values.Count} personal values " +
            $"({values.Skipped} shorter than {PersonalValues.MinimumLength} characters skipped); {deadLetters} dead letters, {dispatched} outbox entries handled, " +
            $"{delivered} delivered, {lookups} API Particulier lookups; scrubber masks: {Count(lines, "[NIR]")} NIR, {Count(lines, "?*")} query strings.");

        Assert.True(lines.Count > 1000, $"only {lines.Count} lines: is the capture at Trace?");
        Assert.True(values.Count > 1000, $"only {values.Count} values");
        Assert.True(leaks.Count == 0, "Personal data in logs:\n" + string.Join('\n', leaks.GroupBy(l => l.value, StringComparer.OrdinalIgnoreCase)
            .Select(g => $"'{g.Key}' in {g.Count()} line(s), e.g.: {g.First().line[..Math.Min(400, g.First().line.Length)]}")));
    }

    [Fact]
    public async Task DbContext_Options_SensitiveDataLoggingStaysOff()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();

        var core = db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>();

        Assert.False(core?.IsSensitiveDataLoggingEnabled ?? false);
    }

    private void InjectFaults()
    {
        // HTTP 500s retried by the pull pipeline, records that break the contract (dead letters), pushes refused.
        factory.Simulator("siao").Faults.Inject("GET /v1/menages", FaultKind.InternalError, count: 2);
        factory.Simulator("siao").Faults.Inject("GET /v1/demandes", FaultKind.InvalidRecord, count: 2);
        factory.Simulator("solis").Faults.Inject("GET /v1/dossiers", FaultKind.InvalidRecord, count: 2);
        factory.Simulator("solis").Faults.Inject("POST /v1/entrants/orientations-lda", FaultKind.InternalError, count: 3);
        factory.Cluster.Caf.Faults.Inject("GET /v3/dss/quotient_familial/identite", FaultKind.InternalError, count: 2);
        factory.Cluster.Cpam.Faults.Inject("GET /v3/dss/complementaire_sante_solidaire/identite", FaultKind.ServiceUnavailable, count: 1);
    }

    /// <summary>CAF and CPAM are read through API Particulier: the identity travels in the query string.</summary>
    private async Task<int> LookUpRightsAsync(IReadOnlyList<SyntheticPerson> people)
    {
        var caf = factory.Services.GetRequiredKeyedService<ApiParticulierClient>("caf");
        var cpam = factory.Services.GetRequiredKeyedService<ApiParticulierClient>("cpam");
        var lookups = 0;
        foreach (var person in people)
        {
            var identity = new ApiParticulierIdentity
            {
                NomNaissance = person.BirthName,
                NomUsage = person.UsageName,
                Prenoms = person.FirstNames,
                AnneeDateNaissance = person.BirthDate.Year,
                MoisDateNaissance = person.BirthDate.Month,
                JourDateNaissance = person.BirthDate.Day,
                SexeEtatCivil = person.Sex == Sex.Female ? "F" : "M",
                CodeCogInseePaysNaissance = person.BirthPlace.CountryCode,
                CodeCogInseeCommuneNaissance = person.BirthPlace.CommuneCode,
            };
            foreach (var call in new Func<Task>[]
            {
                () => caf.GetQuotientFamilialAsync(identity),
                () => caf.GetPrestationAsync(ApiParticulierEndpoint.RevenuSolidariteActive, identity),
                () => cpam.GetComplementaireSanteSolidaireAsync(identity),
            })
            {
                lookups++;
                try
                {
                    await call();
                }
                catch (ConnectorException)
                {
                    // A refused or unknown identity is part of the scenario: its failure is logged too.
                }
            }
        }

        return lookups;
    }

    /// <summary>A NIR in a search's query string, names in a refused body and in an unknown search parameter.</summary>
    private async Task CallApiWithPersonalDataAsync(SyntheticPerson person)
    {
        using var client = factory.CreateClient();
        using var search = await client.GetAsync($"/api/Person?identifier={IdentifierSystems.Nir}|{person.Nir}");
        using var unknown = await client.GetAsync($"/api/Person?birthName={Uri.EscapeDataString(person.BirthName)}&birthDate={person.BirthDate:yyyy-MM-dd}");
        using var invalid = await client.PostAsync("/api/Person", new StringContent(
            $$"""{"resourceType":"Person","name":{"birthName":"{{person.BirthName}}","firstNames":["{{person.FirstNames[0]}}"]},"birthDate":"{{person.BirthDate:dd/MM/yyyy}}","nir":"{{person.Nir}}"}""",
            System.Text.Encoding.UTF8, "application/fhir+json"));

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
    }

    private async Task<int> DispatchUntilSettledAsync()
    {
        var handled = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            await using var scope = factory.Services.CreateAsyncScope();
            handled += await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(10_000, CancellationToken.None);
            await Task.Delay(20);
        }
        while (await factory.QueryAsync(db => db.Outbox.AnyAsync(o => o.Status == OutboxEntries.Pending)) && clock.Elapsed < TimeSpan.FromSeconds(30));

        return handled;
    }

    private static int Count(IEnumerable<string> lines, string mask) =>
        lines.Sum(l => (l.Length - l.Replace(mask, string.Empty, StringComparison.Ordinal).Length) / mask.Length);
}
