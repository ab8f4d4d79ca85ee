using Hub.Canonical.Validation;

namespace Hub.Canonical.Tests.Validation;

/// <summary>Invalid documents give a <see cref="SchemaIssue"/> at the right place.</summary>
public sealed class InvalidDocumentTests
{
    private static readonly CanonicalSchemaSet Sut = CanonicalSchemaSet.Load();

    [Theory]
    [InlineData("Person", """{"name":{"birthName":"EXEMPLE"}}""", "Person.resourceType", "PropertyRequired")]
    [InlineData("Person", """{"resourceType":"Household","name":{"birthName":"EXEMPLE"}}""", "Person.resourceType", "NotInEnumeration")]
    [InlineData("Person", """{"resourceType":"Person","birthDate":"1985-13"}""", "Person.birthDate", "PatternMismatch")]
    [InlineData("Person", """{"resourceType":"Person","birthDate":"85-03-14"}""", "Person.birthDate", "PatternMismatch")]
    [InlineData("Person", """{"resourceType":"Person","birthDate":"1985-03-14T10:00:00Z"}""", "Person.birthDate", "PatternMismatch")]
    [InlineData("Person", """{"resourceType":"Person","name":{"firstNames":"Amandine"}}""", "Person.name.firstNames", "ArrayExpected")]
    [InlineData("Person", """{"resourceType":"Person","sex":{"system":"urn:lda-hub:code:sexe","code":"X"}}""", "Person.sex.code", "NotInEnumeration")]
    [InlineData("Person", """{"resourceType":"Person","id":"p 1"}""", "Person.id", "PatternMismatch")]
    [InlineData("Person", """{"resourceType":"Person","nom":"EXEMPLE"}""", "Person.nom", "NoAdditionalPropertiesAllowed")]
    [InlineData("Person", """{"resourceType":"Person","meta":{"lastUpdated":"2024-03-18"}}""", "Person.meta.lastUpdated", "PatternMismatch")]
    [InlineData("Household", """{"resourceType":"Household","member":{}}""", "Household.member", "ArrayExpected")]
    [InlineData("Household", """{"resourceType":"Household","member":[]}""", "Household.member", "TooFewItems")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"role":{"system":"urn:lda-hub:code:role-membre-menage","code":"demandeur"}}]}""", "Household.member[0].person", "PropertyRequired")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"},"role":{"system":"urn:lda-hub:code:role-membre-menage","code":"cousin"}}]}""", "Household.member[0].role.code", "NotInEnumeration")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"},"role":{"code":"demandeur"}}]}""", "Household.member[0].role.system", "PropertyRequired")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"},"nom":"x"}]}""", "Household.member[0].nom", "NoAdditionalPropertiesAllowed")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"},"period":{"start":"2024-02-30T25:00:00Z"}}]}""", "Household.member[0].period.start", "PatternMismatch")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Personne/1"}}]}""", "Household.member[0].person.reference", "PatternMismatch")]
    [InlineData("Household", """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"}}],"identifier":[{"system":"urn:lda-hub:id:siao:menage"}]}""", "Household.identifier[0].value", "PropertyRequired")]
    [InlineData("TimelineEvent", """{"resourceType":"TimelineEvent","household":{"reference":"Household/1"},"type":{"system":"urn:lda-hub:code:type-evenement","code":"note"},"occurredAt":"2024-03-18"}""", "TimelineEvent.source", "PropertyRequired")]
    [InlineData("TimelineEvent", """{"resourceType":"TimelineEvent","household":{"reference":"Household/1"},"type":{"system":"urn:lda-hub:code:type-evenement","code":"note"},"occurredAt":"2024-03-18T09:30:00","source":{"system":"urn:lda-hub:code:systeme-source","code":"hub"}}""", "TimelineEvent.occurredAt", "PatternMismatch")]
    [InlineData("Accompaniment", """{"resourceType":"Accompaniment","household":{"reference":"Household/1"},"type":{"system":"urn:lda-hub:code:type-accompagnement","code":"ASLL"},"status":"en-cours"}""", "Accompaniment.status", "NotInEnumeration")]
    [InlineData("RightsStatus", """{"resourceType":"RightsStatus","person":{"reference":"Person/1"},"provider":{"system":"urn:lda-hub:code:organisme-droits","code":"CAF"},"right":{"system":"urn:lda-hub:code:type-droit","code":"QF"},"status":"open","quotientFamilial":"412"}""", "RightsStatus.quotientFamilial", "IntegerExpected")]
    [InlineData("Bundle", """{"resourceType":"Bundle","type":"searchset","entry":[{"resource":{"id":"1"}}]}""", "Bundle.entry[0].resource.resourceType", "PropertyRequired")]
    [InlineData("Bundle", """{"resourceType":"Bundle","type":"batch-response","entry":[{"response":{"status":"422","outcome":{"resourceType":"OperationOutcome","issue":[{"code":"value"}]}}}]}""", "Bundle.entry[0].response.outcome.issue[0].severity", "PropertyRequired")]
    public void Validate_InvalidDocument_ReportsIssueAtPath(string resourceType, string json, string expectedPath, string expectedKind)
    {
        var issues = Sut.Validate(resourceType, json);

        Assert.Contains(issues, i => i.Path == expectedPath && i.Kind == expectedKind);
    }

    [Fact]
    public void Validate_InvalidDocument_ReportsOnlyTheFaultyProperty()
    {
        const string Json = """{"resourceType":"Household","member":[{"person":{"reference":"Person/1"},"role":{"system":"urn:lda-hub:code:role-membre-menage","code":"cousin"}}]}""";

        var issues = Sut.Validate("Household", Json);

        var issue = Assert.Single(issues);
        Assert.Equal(new SchemaIssue("Household.member[0].role.code", "Value is not one of the allowed codes.", "NotInEnumeration"), issue);
    }
}
