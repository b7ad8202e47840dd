namespace TescForce.Application.Missions.Text;

/// <summary>
/// Which one-word labels <see cref="SkillPhraseMatcher"/> distrusts, and how. ESCO gives many skills a synonym that
/// is also an everyday word ("vue", "chef", "tableau", "less", "source"); proposed from every description that
/// uses the word, they would bury the real proposals. The lists hold normalised forms (lower case, no accents)
/// and apply to a label standing alone: a longer label that contains one of these words is matched as usual.
/// </summary>
internal static class SkillPhraseRules
{
    /// <summary>
    /// One-word labels never proposed: words that name a whole field, that job descriptions use in passing, or
    /// that ESCO attaches to an unexpected skill ("microcontrollers" to database tools, "Ericsson" to
    /// procurement). The client adds such skills with the picker if they are meant.
    /// </summary>
    public static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        // Generic words a curator might one day add as labels; the issue asks that they never be proposed alone.
        "design", "test", "tests", "testing", "management", "gestion", "development", "developpement", "conception",
        "support", "analyse", "analysis", "data", "donnees", "web", "software", "logiciel", "engineering", "ingenierie",

        // Whole fields and everyday words (ESCO labels or synonyms).
        "administration", "alarms", "arts", "beliefs", "communicating", "communication", "computer", "constructing",
        "controllers", "counselling", "education", "efficiency", "email", "ethics", "formulae", "formulas", "health",
        "healthcare", "helpfulness", "histoire", "history", "informatics", "informatique", "it", "ict", "knowledge",
        "humanities", "languages", "law", "materials", "morals", "passerelles", "plotter", "ponts", "programming", "sauvegarder", "scruples",
        "services", "skills", "textiles", "values", "welfare",

        // Names that mostly mean something else in a job description, or that ESCO files under an unrelated skill.
        "absorb", "avaya", "canvas", "ciena", "ericsson", "euphoria", "fantom", "flanging", "frostbite", "google",
        "hack", "harvest", "io", "microcontrollers", "myrtle", "nec", "rage", "scimitar", "shiva", "source", "trojan",
        "turing", "yahoo",
    };

    /// <summary>
    /// One-word labels that are also ordinary French or English words. They count only when written as the
    /// catalogue writes them (<c>React</c>, <c>Vue</c>, <c>DOORS</c>) or in capitals, and a capital that merely
    /// starts a sentence or a line does not count, unless the word stands alone there ("- React" on its own
    /// line, "React, Redux").
    /// </summary>
    public static readonly HashSet<string> OrdinaryWords = new(StringComparer.Ordinal)
    {
        "access", "airflow", "assembly", "chef", "cucumber", "curl", "cypress", "doors", "eclipse", "elastic", "gherkin",
        "groovy", "helm", "lisp", "lustre", "maven", "mocha", "node", "pascal", "puppet", "react", "rudder", "ruby", "salt",
        "scratch", "sequel", "snowflake", "sonar", "spark", "supra", "swift", "tableau", "unity", "vagrant", "vue",
    };

    /// <summary>
    /// Labels that are ambiguous even when capitalised ("16 Go de RAM", "R&amp;D", "plan C"): besides the spelling
    /// rule, they need a technical context: a cue word next to them (<see cref="CuesBefore"/>,
    /// <see cref="CuesAfter"/>) or another proposed skill next to them ("C/C++", "Python, R, SQL",
    /// "C++ et C"). Every one-letter label is treated so as well.
    /// </summary>
    public static readonly HashSet<string> NeedContext = new(StringComparer.Ordinal) { "go" };

    /// <summary>Words that, just before an ambiguous label, make it a language: "langage C", "en C", "in R".</summary>
    public static readonly HashSet<string> CuesBefore = new(StringComparer.Ordinal)
    {
        "langage", "langages", "language", "languages", "programmation", "programming", "en", "in",
    };

    /// <summary>Words that, just after an ambiguous label, make it a language: "C language", "Go developer".</summary>
    public static readonly HashSet<string> CuesAfter = new(StringComparer.Ordinal)
    {
        "language", "langage", "lang", "programming", "code", "developer", "developers", "developpeur", "developpeuse",
        "developpement", "development", "programmer", "programmeur",
    };

    /// <summary>Words that may stand between an ambiguous label and the skill beside it ("C++ et C").</summary>
    public static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "et", "and", "ou", "or" };

    /// <summary>
    /// Short acronyms (up to four letters, written by the catalogue with two capitals or more) are case-sensitive
    /// too, as many are words ("AVEC", "CALL", "LESS", "SOAP", "POS", "TAL", "SAD", "AdD"); these few are also
    /// commonly written in lower case and are never words, so any case counts.
    /// </summary>
    public static readonly HashSet<string> LowerCaseAcronyms = new(StringComparer.Ordinal)
    {
        "aws", "css", "cuda", "etl", "gcp", "html", "ldap", "mqtt", "php", "sql", "vhdl", "xml",
    };

    /// <summary>One-word labels up to this length are case-sensitive acronyms when the catalogue writes them in capitals.</summary>
    public const int AcronymMaxLength = 4;
}
