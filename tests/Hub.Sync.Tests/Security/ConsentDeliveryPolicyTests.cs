using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Storage.Sync;
using Hub.Sync.Consent;
using Hub.Sync.Outbox;

namespace Hub.Sync.Tests.Security;

/// <summary>
/// Issue 6, consent on outbound routing: the matrix partner × purpose × consent state. A change about a household goes
/// to a partner only when a consent of the household or of one of its members names that partner's organisation and
/// the route's purpose, and is in force at delivery time.
/// </summary>
public sealed class ConsentDeliveryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Partners = ["siao", "solis", "caf", "cpam"];
    private static readonly string[] Purposes = ["coordination", "orientation", "ouverture-droits"];

    /// <summary>The organisation code a consent names for each partner (SOLIS is CD68's software).</summary>
    private static readonly Dictionary<string, string> Organisation = new(StringComparer.Ordinal)
    {
        ["siao"] = "siao", ["solis"] = "cd68", ["caf"] = "caf", ["cpam"] = "cpam",
    };

    public enum State
    {
        Granted,
        GrantedToPerson,
        Revoked,
        RevokedAtPast,
        Expired,
        NotYetValid,
        Draft,
        OtherOrganisation,
        OtherPurpose,
        None,
    }

    public static TheoryData<string, string, State> Matrix()
    {
        var data = new TheoryData<string, string, State>();
        foreach (var partner in Partners)
        {
            foreach (var purpose in Purposes)
            {
                foreach (var state in Enum.GetValues<State>())
                {
                    data.Add(partner, purpose, state);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Decide_PartnerPurposeConsentState_AllowedOnlyWhenInForce(string partner, string purpose, State state)
    {
        var related = Related(partner, purpose, state);

        var decision = await Policy().DecideAsync(Request(partner, purpose, related), CancellationToken.None);

        var expected = state is State.Granted or State.GrantedToPerson;
        Assert.True(expected == decision.Allowed, $"{partner} × {purpose} × {state}: {decision.Reason}");
        if (!expected)
        {
            Assert.StartsWith("Consent: ", decision.Reason, StringComparison.Ordinal);
            Assert.Contains($"nothing is sent to {partner}", decision.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(State.None, "no consent on record")]
    [InlineData(State.Revoked, "consent revoked")]
    [InlineData(State.RevokedAtPast, "consent revoked")]
    [InlineData(State.Expired, "not in force")]
    [InlineData(State.OtherOrganisation, "no consent naming this partner for this purpose")]
    public async Task Decide_Refused_ReasonNamesTheRuleNotThePerson(State state, string why)
    {
        var decision = await Policy().DecideAsync(Request("solis", "coordination", Related("solis", "coordination", state)), CancellationToken.None);

        Assert.Contains(why, decision.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("FICTIF", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_SolisConsentNamingSolisItself_Allowed()
    {
        var related = Related("solis", "coordination", State.None);
        related["Consent/c-1"] = Consent("Household/h-1", "solis", "coordination");

        var decision = await Policy().DecideAsync(Request("solis", "coordination", related), CancellationToken.None);

        Assert.True(decision.Allowed);
    }

    [Fact]
    public async Task Decide_HouseholdNotFound_FailsClosed()
    {
        var decision = await Policy().DecideAsync(Request("siao", "coordination", new Dictionary<string, Resource>(StringComparer.Ordinal)), CancellationToken.None);

        Assert.False(decision.Allowed);
        Assert.Contains("no consent on record", decision.Reason, StringComparison.Ordinal);
    }

    private static ConsentDeliveryPolicy Policy() => new(new FixedClock(Now));

    private static DeliveryRequest Request(string partner, string purpose, Dictionary<string, Resource> related) =>
        new(Entry(partner), purpose, CanonicalJson.Deserialize(Accompaniment), related);

    private static OutboxRow Entry(string partner) => new()
    {
        Id = "o-1",
        Target = partner,
        Kind = $"{partner}.test",
        ResourceType = "Accompaniment",
        ResourceId = "a-1",
        ResourceVersion = 1,
        Origin = "hub",
        Rule = "test",
        Status = OutboxEntries.Pending,
    };

    private static Dictionary<string, Resource> Related(string partner, string purpose, State state)
    {
        var related = new Dictionary<string, Resource>(StringComparer.Ordinal)
        {
            ["Household/h-1"] = CanonicalJson.Deserialize("""{"resourceType":"Household","id":"h-1","member":[{"person":{"reference":"Person/p-1"}}]}"""),
            ["Person/p-1"] = CanonicalJson.Deserialize("""{"resourceType":"Person","id":"p-1","name":{"birthName":"FICTIF","firstNames":["Alice"]}}"""),
        };
        var organisation = Organisation[partner];
        var consent = state switch
        {
            State.Granted => Consent("Household/h-1", organisation, purpose),
            State.GrantedToPerson => Consent("Person/p-1", organisation, purpose),
            State.Revoked => Consent("Household/h-1", organisation, purpose, status: "revoked"),
            State.RevokedAtPast => Consent("Household/h-1", organisation, purpose, extra: o => o["revokedAt"] = "2026-11-30T00:00:00Z"),
            State.Expired => Consent("Household/h-1", organisation, purpose, extra: o => o["period"] = new JsonObject { ["start"] = "2025-01-01", ["end"] = "2026-06-30" }),
            State.NotYetValid => Consent("Household/h-1", organisation, purpose, extra: o => o["period"] = new JsonObject { ["start"] = "2027-01" }),
            State.Draft => Consent("Household/h-1", organisation, purpose, status: "draft"),
            State.OtherOrganisation => Consent("Household/h-1", organisation == "caf" ? "cpam" : "caf", purpose),
            State.OtherPurpose => Consent("Household/h-1", organisation, purpose == "coordination" ? "evaluation" : "coordination"),
            _ => null,
        };
        if (consent is not null)
        {
            related["Consent/c-1"] = consent;
        }

        return related;
    }

    private static Resource Consent(string subject, string organisation, string purpose, string status = "active", Action<JsonObject>? extra = null)
    {
        var consent = new JsonObject
        {
            ["resourceType"] = "Consent",
            ["id"] = "c-1",
            ["person"] = new JsonObject { ["reference"] = subject },
            ["status"] = status,
            ["organisations"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:organisation-partenaire", ["code"] = organisation }),
            ["purposes"] = new JsonArray(new JsonObject { ["system"] = "urn:lda-hub:code:finalite-consentement", ["code"] = purpose }),
        };
        extra?.Invoke(consent);
        return CanonicalJson.Deserialize(consent.ToJsonString());
    }

    private const string Accompaniment = """
        {"resourceType":"Accompaniment","id":"a-1","household":{"reference":"Household/h-1"},
         "type":{"system":"urn:lda-hub:code:type-accompagnement","code":"LDA"},"status":"active"}
        """;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
