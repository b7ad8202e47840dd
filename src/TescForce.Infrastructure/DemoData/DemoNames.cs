namespace TescForce.Infrastructure.DemoData;

/// <summary>
/// Names and places for the demo data: French first and last names as they are found in an engineering
/// team of the region today (with the Occitan, Catalan, Basque, Maghrebi, Portuguese, Spanish, Italian,
/// West African and Vietnamese names that are part of it), and the towns the consultants live in.
/// </summary>
internal static class DemoNames
{
    public static IReadOnlyList<string> FirstNames { get; } =
    [
        // Women
        "Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah", "Julie", "Laura", "Marie",
        "Anne", "Claire", "Sophie", "Élodie", "Aurélie", "Céline", "Nathalie", "Isabelle", "Sandrine", "Valérie",
        "Caroline", "Émilie", "Mathilde", "Pauline", "Charlotte", "Lucie", "Juliette", "Margaux", "Océane", "Clara",
        "Alice", "Louise", "Jeanne", "Agathe", "Hélène", "Marion", "Audrey", "Virginie", "Stéphanie", "Delphine",
        "Karine", "Laetitia", "Amandine", "Justine", "Maëlle", "Anaïs", "Elsa", "Zoé", "Noémie", "Estelle",
        "Yasmine", "Nadia", "Samira", "Leïla", "Amina", "Fatima", "Salomé", "Myriam", "Aïcha", "Nour",
        "Ana", "Inês", "Carmen", "Lucía", "Giulia", "Chiara", "Linh", "Mai", "Aminata", "Fatoumata",
        "Maïwenn", "Nolwenn", "Aude", "Bérénice", "Solène",
        // Men
        "Julien", "Thomas", "Nicolas", "Maxime", "Alexandre", "Antoine", "Pierre", "Guillaume", "Romain", "Mathieu",
        "Sébastien", "Florian", "Kevin", "Jérôme", "Olivier", "Laurent", "Christophe", "Frédéric", "Stéphane", "Vincent",
        "David", "Benjamin", "Hugo", "Lucas", "Louis", "Arthur", "Paul", "Clément", "Adrien", "Quentin",
        "Baptiste", "Théo", "Bastien", "Damien", "Fabien", "Cédric", "Arnaud", "Xavier", "Yannick", "Grégory",
        "Jean", "Jean-Pierre", "Jean-Marc", "Jean-François", "François", "Philippe", "Éric", "Pascal", "Thierry", "Bruno",
        "Mehdi", "Karim", "Yassine", "Rachid", "Sofiane", "Nassim", "Bilal", "Amine", "Hakim", "Youssef",
        "João", "Tiago", "Diego", "Pablo", "Marco", "Matteo", "Minh", "Duc", "Mamadou", "Ibrahima",
        "Jordi", "Xabi", "Loïc", "Gaël", "Ronan",
    ];

    public static IReadOnlyList<string> LastNames { get; } =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
        "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
        "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin",
        "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier",
        "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Perez", "Marchand",
        "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
        "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
        "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre", "Dupuis",
        "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière", "Le Gall", "Guillaume",
        "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Menard", "Fleury", "Deschamps", "Carpentier",
        "Julien", "Benoit", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur", "Le Roux", "Renault", "Jacquet",
        "Collet", "Prévost", "Poirier", "Charpentier", "Royer", "Huet", "Baron", "Dupuy", "Pons", "Paul",
        "Laine", "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Guyot", "Barré", "Marty", "Cousin",
        // Common in the South-West and Occitanie
        "Bousquet", "Delmas", "Cazals", "Cassagne", "Lacoste", "Lafont", "Lagarde", "Castaing", "Fourcade", "Soulié",
        "Carrère", "Puech", "Bonnafous", "Escudié", "Lapeyre", "Cabrol", "Vergnes", "Rouquette", "Salvetat", "Combes",
        // Catalan, Basque, Spanish, Portuguese, Italian
        "Puig", "Ferrer", "Esteve", "Etcheverry", "Ospital", "Ruiz", "Moreno", "Ferreira", "Pereira", "Santos",
        "Rossi", "Ricci", "Bianchi",
        // Maghrebi, West African, Vietnamese, Armenian, Polish
        "Benali", "Haddad", "Mansouri", "Bensaïd", "Cherif", "Belkacem", "Amrani", "El Idrissi", "Traoré", "Diallo",
        "Ndiaye", "Diop", "Koné", "Tran", "Pham", "Le", "Hoang", "Petrossian", "Kowalski",
    ];

    /// <summary>Where people of a Toulouse company live: the city and its suburbs, most in the city itself.</summary>
    public static IReadOnlyList<(string City, int Weight)> ToulouseArea { get; } =
    [
        ("Toulouse", 50), ("Blagnac", 7), ("Colomiers", 7), ("Tournefeuille", 6), ("Labège", 4),
        ("Ramonville-Saint-Agne", 4), ("Balma", 4), ("Castanet-Tolosan", 3), ("Saint-Orens-de-Gameville", 3),
        ("L'Union", 3), ("Muret", 3), ("Cugnaux", 3), ("Portet-sur-Garonne", 2), ("Plaisance-du-Touch", 2),
        ("Launaguet", 1), ("Aucamville", 1),
    ];

    /// <summary>The same around Montpellier.</summary>
    public static IReadOnlyList<(string City, int Weight)> MontpellierArea { get; } =
    [
        ("Montpellier", 60), ("Castelnau-le-Lez", 10), ("Lattes", 8), ("Pérols", 5), ("Saint-Jean-de-Védas", 7),
        ("Juvignac", 5), ("Mauguio", 5),
    ];

    /// <summary>Towns elsewhere in Occitanie, for the few who live far from their company.</summary>
    public static IReadOnlyList<string> ElsewhereInOccitanie { get; } =
    [
        "Albi", "Montauban", "Auch", "Carcassonne", "Castres", "Tarbes", "Nîmes", "Perpignan", "Rodez", "Cahors",
        "Foix", "Béziers", "Narbonne", "Millau",
    ];

    public static IReadOnlyList<string> ToulouseAreaCities { get; } =
    [
        "Toulouse", "Blagnac", "Colomiers", "Labège", "Ramonville-Saint-Agne", "Balma", "Tournefeuille",
    ];
}
