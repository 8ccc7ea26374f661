package io.jianfu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people meetings are called from: the real streets and towns (镇街) of 北碚区, 巴南区 and 万盛经开区, each
 * district's departments (区级部门), about 30 cadres (干部) per unit, and ten district leaders (区领导) per district.
 *
 * <p>To keep the load per person realistic as the number of meetings grows, larger benchmarks add districts
 * modelled on the three real ones in turn: the first three carry the real names, later ones are named e.g.
 * {@code 北碚区(模拟07)}. A district holds about the same number of meetings a year at every size, so what grows
 * with N is the number of districts, not the number of meetings each cadre is called to.
 */
final class Population {

    /** Cadres per unit. Index 0 is the unit's top leader (一把手), 1 its deputy, 2–9 the contact cadres of topics. */
    static final int CADRES_PER_UNIT = 30;
    /** District leaders per district: two principals (区委书记, 区长), then deputies who each oversee families. */
    static final int LEADERS_PER_DISTRICT = 10;

    /** One organisation: a street, town or district department. */
    record Unit(String code, String name, boolean grassroots, List<String> families, String[] cadres) {
    }

    /** One district: its grassroots units, departments and leaders. */
    record District(int index, String name, Unit[] grassroots, Unit[] departments, String[] leaders) {

        int unitCount() {
            return grassroots.length + departments.length;
        }
    }

    private final List<District> districts;

    private Population(List<District> districts) {
        this.districts = districts;
    }

    List<District> districts() {
        return districts;
    }

    int people() {
        return districts.stream().mapToInt(d -> d.unitCount() * CADRES_PER_UNIT + d.leaders().length).sum();
    }

    /** Builds {@code count} districts from the bundled CSV files, cycling through the real ones. */
    static Population load(int count) {
        Map<String, List<String>> grassrootsByDistrict = new LinkedHashMap<>();
        for (String[] row : csv("/bench/grassroots-units.csv")) {
            grassrootsByDistrict.computeIfAbsent(row[0], d -> new ArrayList<>()).add(row[1]);
        }
        List<String[]> departmentRows = csv("/bench/district-departments.csv");
        List<District> districts = new ArrayList<>();
        List<Map.Entry<String, List<String>>> real = List.copyOf(grassrootsByDistrict.entrySet());
        for (int index = 0; index < count; index++) {
            Map.Entry<String, List<String>> template = real.get(index % real.size());
            int copy = index / real.size();
            String name = copy == 0 ? template.getKey() : String.format("%s(模拟%02d)", template.getKey(), copy);
            String prefix = String.format("D%03d", index);
            Unit[] grassroots = new Unit[template.getValue().size()];
            for (int u = 0; u < grassroots.length; u++) {
                String code = prefix + "-G" + String.format("%02d", u);
                grassroots[u] = unit(code, template.getValue().get(u), true, List.of());
            }
            Unit[] departments = new Unit[departmentRows.size()];
            for (int u = 0; u < departments.length; u++) {
                String[] row = departmentRows.get(u);
                List<String> families = row.length < 2 || row[1].isBlank() ? List.of() : List.of(row[1].split("\\|"));
                departments[u] = unit(prefix + "-B" + String.format("%02d", u), row[0], false, families);
            }
            String[] leaders = new String[LEADERS_PER_DISTRICT];
            for (int l = 0; l < leaders.length; l++) {
                leaders[l] = String.format("%s-L%02d", prefix, l);
            }
            districts.add(new District(index, name, grassroots, departments, leaders));
        }
        return new Population(List.copyOf(districts));
    }

    private static Unit unit(String code, String name, boolean grassroots, List<String> families) {
        String[] cadres = new String[CADRES_PER_UNIT];
        Arrays.setAll(cadres, c -> String.format("%s-C%02d", code, c));
        return new Unit(code, name, grassroots, families, cadres);
    }

    private static List<String[]> csv(String resource) {
        try (InputStream in = Population.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
