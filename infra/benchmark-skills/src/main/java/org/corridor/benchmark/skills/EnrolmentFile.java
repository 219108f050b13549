package org.corridor.benchmark.skills;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A CSV file as an origin agency keeps it: BOM, {@code ;} separators, quoted names in several scripts, some
 * optional columns empty, and a share of bad rows spread evenly through the file (each kind of mistake in turn).
 *
 * @param bytes     the file
 * @param rows      data rows (header not counted)
 * @param goodRows  rows that should be enrolled
 * @param badLines  line numbers (header = 1) of the rows that must be refused
 * @param fragments pieces of names that occur in the file, for name searches
 */
record EnrolmentFile(byte[] bytes, int rows, int goodRows, List<Integer> badLines, List<String> fragments) {

    static final String HEADER = "fullName;birthDate;phone;email;gender;languages;track;intakeYear;iscoCode;"
            + "trainingProvider;consent";
    static final List<String> OCCUPATIONS = List.of("5321", "5322", "3221");
    private static final String[] GIVEN = {"Maria", "Jose", "Ana", "Ramon", "Liza", "محمد", "فاطمة", "สมชาย", "李小龍",
            "Nguyễn", "Rosa", "Pedro"};
    private static final String[] FAMILY = {"Santos", "Reyes", "Cruz", "Bautista", "Garcia", "عبد الله", "ใจดี", "陳",
            "Mendoza", "Dela Cruz"};
    private static final String[] GENDERS = {"FEMALE", "MALE", "", "PREFER_NOT_TO_SAY"};
    private static final String[] MISTAKES = {"birthDate", "track", "gender", "languages", "consent"};

    /** {@code rows} data rows of which {@code badShare} (rounded) are bad; names unique to {@code run}. */
    static EnrolmentFile generate(int rows, double badShare, String run, long seed) {
        if (rows < 1 || badShare < 0 || badShare >= 1) {
            throw new IllegalArgumentException("rows must be positive and the bad share in [0, 1)");
        }
        Random random = new Random(seed);
        int bad = (int) Math.round(rows * badShare);
        int every = bad == 0 ? Integer.MAX_VALUE : rows / bad;
        StringBuilder csv = new StringBuilder(rows * 130).append('\uFEFF').append(HEADER).append('\n');
        List<Integer> badLines = new ArrayList<>();
        int mistakes = 0;
        for (int i = 0; i < rows; i++) {
            int line = i + 2;
            boolean isBad = mistakes < bad && (i % every) == every - 1;
            String mistake = isBad ? MISTAKES[mistakes++ % MISTAKES.length] : "";
            if (isBad) {
                badLines.add(line);
            }
            String name = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)] + " "
                    + run + "-" + i;
            String birth = mistake.equals("birthDate") ? "31/12/1990"
                    : String.format("%d-%02d-%02d", 1975 + random.nextInt(30), 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            String track = mistake.equals("track") ? "" : random.nextInt(10) < 7 ? "AWAY" : "HOME";
            String gender = mistake.equals("gender") ? "ROBOT" : GENDERS[random.nextInt(GENDERS.length)];
            String languages = mistake.equals("languages") ? "german" : random.nextBoolean() ? "de:A2 en:B1" : "de:B1";
            String consent = mistake.equals("consent") ? "TRAINING SOMETHING" : random.nextInt(4) == 0 ? "TRAINING"
                    : "TRAINING RECOGNITION PLACEMENT";
            String phone = random.nextInt(3) == 0 ? "" : "+63 917 " + (1000000 + random.nextInt(8999999));
            csv.append('"').append(name).append('"').append(';').append(birth).append(';').append(phone).append(';')
                    .append(';').append(gender).append(';').append(languages).append(';').append(track).append(';')
                    .append(random.nextBoolean() ? "2027" : "").append(';')
                    .append(OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size()))).append(';')
                    .append("tesda-manila").append(';').append(consent).append('\n');
        }
        List<String> fragments = new ArrayList<>(List.of(GIVEN));
        fragments.addAll(List.of(FAMILY));
        return new EnrolmentFile(csv.toString().getBytes(StandardCharsets.UTF_8), rows, rows - badLines.size(),
                List.copyOf(badLines), List.copyOf(fragments));
    }
}
