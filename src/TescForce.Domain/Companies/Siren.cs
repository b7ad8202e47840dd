namespace TescForce.Domain.Companies;

/// <summary>
/// The French company identification number: 9 digits whose Luhn checksum is valid. Spaces are
/// accepted on input ("732 829 320") and dropped.
/// </summary>
public readonly record struct Siren
{
    private Siren(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out Siren siren, out string? error)
    {
        siren = default;
        var digits = (input ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (digits.Length == 0)
        {
            error = Messages.Companies_SIRENNumberRequired;
            return false;
        }

        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            error = Messages.Companies_SIRENNumberExactlyDigits;
            return false;
        }

        if (!HasValidLuhnChecksum(digits))
        {
            error = Messages.Companies_SIRENNumberNotValid;
            return false;
        }

        siren = new Siren(digits);
        error = null;
        return true;
    }

    public static Siren Parse(string input) =>
        TryParse(input, out var siren, out var error) ? siren : throw new FormatException(error);

    /// <summary>Luhn: double every second digit from the right, subtract 9 when over 9, sum divisible by 10.</summary>
    public static bool HasValidLuhnChecksum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    public override string ToString() => Value ?? "";
}
