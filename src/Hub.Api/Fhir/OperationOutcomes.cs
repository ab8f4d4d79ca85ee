using System.Text.Json.Nodes;
using Hub.Canonical.Validation;
using Hub.Storage.Resources;
using NJsonSchema.Validation;

namespace Hub.Api.Fhir;

/// <summary>Builds the OperationOutcome that every error of the resource API carries (never a stack trace).</summary>
internal static class OperationOutcomes
{
    public static FhirResult Error(int statusCode, string code, string diagnostics, string? expression = null) =>
        new(statusCode, Serialize([Issue("error", code, diagnostics, expression)]));

    public static FhirResult SchemaInvalid(IReadOnlyList<SchemaIssue> issues) =>
        new(StatusCodes.Status422UnprocessableEntity, Serialize(issues.Select(i => Issue("error", CodeFor(i.Kind), i.Message, i.Path))));

    public static FhirResult Information(int statusCode, string diagnostics) =>
        new(statusCode, Serialize([Issue("information", "informational", diagnostics, null)]));

    public static string Serialize(IEnumerable<JsonObject> issues)
    {
        var outcome = new JsonObject
        {
            ["resourceType"] = "OperationOutcome",
            ["issue"] = new JsonArray([.. issues]),
        };
        return ResourceJson.Serialize(outcome);
    }

    public static JsonObject Issue(string severity, string code, string diagnostics, string? expression)
    {
        var issue = new JsonObject { ["severity"] = severity, ["code"] = code, ["diagnostics"] = diagnostics };
        if (expression is not null)
        {
            issue["expression"] = new JsonArray(expression);
        }

        return issue;
    }

    private static string CodeFor(string kind) => kind switch
    {
        nameof(ValidationErrorKind.PropertyRequired) => IssueType.Required,
        nameof(ValidationErrorKind.NoAdditionalPropertiesAllowed) => IssueType.Structure,
        _ => IssueType.Value,
    };
}
