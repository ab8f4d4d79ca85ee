using System.Security.Cryptography;

namespace Hub.Storage;

/// <summary>
/// A random key kept in a file under the data directory, made on first use and readable by the hub's user only: how the
/// embedded default seals its archive and its audit chain without a secret store. Production never uses one.
/// </summary>
public static class LocalKeyFile
{
    public static byte[] LoadOrCreate(string path, int bytes = 32)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
