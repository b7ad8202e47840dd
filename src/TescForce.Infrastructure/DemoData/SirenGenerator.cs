using TescForce.Domain.Companies;

namespace TescForce.Infrastructure.DemoData;

/// <summary>Random SIREN numbers with a valid Luhn check digit (see <see cref="Siren"/>).</summary>
internal static class SirenGenerator
{
    public static string Next(Random random)
    {
        // Real SIRENs of companies created in recent decades start with 3 to 9; avoid leading zeros.
        Span<char> digits = stackalloc char[9];
        digits[0] = (char)('0' + random.Between(3, 9));
        for (var i = 1; i < 8; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        for (var check = 0; check < 10; check++)
        {
            digits[8] = (char)('0' + check);
            if (Siren.HasValidLuhnChecksum(digits))
            {
                return new string(digits);
            }
        }

        throw new InvalidOperationException("Unreachable: one check digit always satisfies Luhn.");
    }
}
