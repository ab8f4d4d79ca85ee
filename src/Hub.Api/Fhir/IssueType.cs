namespace Hub.Api.Fhir;

/// <summary>FHIR <c>issue-type</c> codes used by the hub's OperationOutcomes.</summary>
internal static class IssueType
{
    public const string Invalid = "invalid";
    public const string Structure = "structure";
    public const string Required = "required";
    public const string Value = "value";
    public const string NotFound = "not-found";
    public const string Deleted = "deleted";
    public const string Conflict = "conflict";
    public const string Duplicate = "duplicate";
    public const string TooLong = "too-long";
    public const string NotSupported = "not-supported";
    public const string Processing = "processing";
    public const string Exception = "exception";
    public const string Security = "security";
    public const string Throttled = "throttled";
}
