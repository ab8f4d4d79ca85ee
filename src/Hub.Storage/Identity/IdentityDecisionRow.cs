namespace Hub.Storage.Identity;

/// <summary>
/// One identity decision (issue 5): an automatic link or a review item found by the resolver, or a person's merge,
/// split, reject or undo. Every decision is kept: the history of who said two records are one person, and why.
/// </summary>
/// <remarks>
/// A side is named by its hub person id when it is stored, else by an identifier (<c>system|value</c>) of the incoming
/// record: the pipeline resolves identity before the page's records are written, when a new person has no id yet.
/// </remarks>
public sealed class IdentityDecisionRow
{
    /// <summary>auto-link, review, merge, split, reject, undo, household-link.</summary>
    public const string AutoLink = "auto-link";

    public const string Review = "review";

    public const string Merge = "merge";

    public const string Split = "split";

    public const string Reject = "reject";

    public const string Undo = "undo";

    /// <summary>
    /// Two households of different sources found to be one household through their members. The households are
    /// linked, not merged: <see cref="LeftPersonId"/> and <see cref="RightPersonId"/> then hold the two household ids
    /// (ordinal order, one row per pair), status <c>applied</c> or <c>unlinked</c> when membership no longer supports it.
    /// </summary>
    public const string HouseholdLink = "household-link";

    public required string Id { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    /// <summary>One of the kind constants of this class.</summary>
    public required string Kind { get; set; }

    /// <summary>The person kept (the stored one for an auto-link or a review); for a household-link, the first household.</summary>
    public string? LeftPersonId { get; set; }

    /// <summary>An identifier of the left record when it is not stored yet (<c>system|value</c>).</summary>
    public string? LeftIdentifier { get; set; }

    /// <summary>The other person (merged into the left one on merge); for a household-link, the second household.</summary>
    public string? RightPersonId { get; set; }

    /// <summary>An identifier of the right record (<c>system|value</c>): the incoming record for the resolver's decisions.</summary>
    public string? RightIdentifier { get; set; }

    /// <summary>The source system of the right record.</summary>
    public string? RightSource { get; set; }

    /// <summary>The Fellegi–Sunter score (0 for a deterministic rule or a person's decision).</summary>
    public double Score { get; set; }

    /// <summary>The rule that decided (SameNir, Score, …) and each trait's agreement and weight, as JSON.</summary>
    public required string Evidence { get; set; }

    /// <summary><c>resolver</c> for automatic decisions, else the token's subject.</summary>
    public required string Actor { get; set; }

    /// <summary>applied, open (a review waiting), merged, rejected, undone; unlinked (a household-link no longer supported).</summary>
    public required string Status { get; set; }

    /// <summary>The decision this one acts on (the review a merge closes, the merge an undo reverts).</summary>
    public string? RelatedDecisionId { get; set; }
}
