using System.Security.Cryptography;
using System.Text;

namespace TescForce.Application.Companies;

/// <summary>Invitation tokens: 256 random bits in the link, only their SHA-256 in the database.</summary>
public static class InvitationTokens
{
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token ?? "")));
}
