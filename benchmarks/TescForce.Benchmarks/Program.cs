using BenchmarkDotNet.Running;
using TescForce.Benchmarks;
using TescForce.Benchmarks.Matching;

// `dotnet run -c Release -- <quick mode> [options]` runs a quick, self-timed measurement that prints a
// few lines; anything else goes to BenchmarkDotNet (e.g. `-- --filter *SkillSearch*`).
var quickModes = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["quick-search"] = QuickSearch.Run,
    ["seed-demo"] = SeedDemo.Run,
    ["quick-import"] = QuickImport.Run,
    ["load-setup"] = TescForce.Benchmarks.Load.LoadSetup.Run,
    ["load-api"] = TescForce.Benchmarks.Load.LoadApi.Run,
    ["quick-demo-match"] = QuickDemoMatch.Run,
    ["quick-match-page"] = QuickMatchPage.Run,
    ["quick-talent"] = QuickTalentSearch.Run,
    ["quick-skills-map"] = QuickSkillsMap.Run,
    ["load-circuits"] = TescForce.Benchmarks.Circuits.LoadCircuits.Run,
    ["quick"] = QuickMatch.Run,
};

if (args.Length > 0 && quickModes.TryGetValue(args[0], out var quickMode))
{
    return quickMode(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(QuickSearch).Assembly).Run(args);
return 0;
