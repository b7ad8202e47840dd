using System.Globalization;

namespace TescForce.Benchmarks.Circuits;

/// <summary>The command line of <see cref="LoadCircuits"/>.</summary>
internal sealed class LoadCircuitsOptions
{
    public Uri Url { get; private set; } = new("http://127.0.0.1:5077/");

    public int Circuits { get; private set; } = 100;

    public TimeSpan Ramp { get; private set; } = TimeSpan.FromSeconds(60);

    public TimeSpan Hold { get; private set; } = TimeSpan.FromSeconds(60);

    public TimeSpan Interval { get; private set; } = TimeSpan.FromSeconds(5);

    public TimeSpan Idle { get; private set; } = TimeSpan.FromSeconds(15);

    public string Email { get; private set; } = "client@tescforce.test";

    public string Password { get; private set; } = "Client-Demo-2026";

    public string? Mission { get; private set; }

    public int? Pid { get; private set; }

    public string? Json { get; private set; }

    public string? GcDump { get; private set; }

    /// <summary>The options, or throws <see cref="ArgumentException"/> with a message for the user.</summary>
    public static LoadCircuitsOptions Parse(string[] args)
    {
        var options = new LoadCircuitsOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{option} needs a value.");
            int Number() => int.TryParse(Next(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"{option} needs a whole number.");
            TimeSpan Seconds() => double.TryParse(Next(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0
                ? TimeSpan.FromSeconds(s)
                : throw new ArgumentException($"{option} needs a number of seconds.");
            switch (option)
            {
                case "--url": options.Url = new Uri(Next().TrimEnd('/') + "/"); break;
                case "--circuits": options.Circuits = Math.Max(1, Number()); break;
                case "--ramp": options.Ramp = Seconds(); break;
                case "--hold": options.Hold = Seconds(); break;
                case "--interval": options.Interval = Seconds(); break;
                case "--idle": options.Idle = Seconds(); break;
                case "--email": options.Email = Next(); break;
                case "--password": options.Password = Next(); break;
                case "--mission": options.Mission = Next(); break;
                case "--pid": options.Pid = Number(); break;
                case "--json": options.Json = Next(); break;
                case "--gcdump": options.GcDump = Next(); break;
                default: throw new ArgumentException($"Unknown option {option}.");
            }
        }

        return options;
    }
}
