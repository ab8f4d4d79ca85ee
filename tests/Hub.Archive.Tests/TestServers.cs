namespace Hub.Archive.Tests;

/// <summary>The real servers <c>scripts/test.sh</c> starts. A missing server fails the test, naming the command; never a skip.</summary>
internal static class TestServers
{
    public static string Azurite => Require("HUB_TEST_AZURITE", "Azurite");

    public static string S3 => Require("HUB_TEST_S3", "s3rver");

    private static string Require(string variable, string server) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{variable} is not set: these tests need the {server} server that `bash scripts/test.sh` starts.");
}
