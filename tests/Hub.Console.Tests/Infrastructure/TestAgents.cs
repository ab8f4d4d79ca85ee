namespace Hub.Console.Tests.Infrastructure;

/// <summary>Synthetic agents of the test provider (tests/servers/oidc/server.mjs); the password is a test value.</summary>
public static class TestAgents
{
    public const string Password = "test-password-not-a-secret";

    public static readonly Agent Admin = new("agent-admin-004", "claude.operateur@lda-mulhouse.example.test");
    public static readonly Agent Coordinator = new("agent-coordination-001", "camille.exemple@lda-mulhouse.example.test");
    public static readonly Agent Referent = new("agent-referent-002", "dominique.essai@ccas-mulhouse.example.test");
    public static readonly Agent OtherReferent = new("agent-referent-005", "sacha.essai@ccas-mulhouse.example.test");
    public static readonly Agent Observatory = new("agent-observatoire-006", "morgan.chiffres@observatoire.example.test");
}

public sealed record Agent(string Subject, string Email);
