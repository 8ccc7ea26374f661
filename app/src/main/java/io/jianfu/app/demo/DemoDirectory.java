package io.jianfu.app.demo;

import io.jianfu.events.directory.UnitKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The demo directory, built from the real streets and towns of 北碚区, 巴南区 and 万盛经开区 and a district's usual
 * departments: units coded like the national division codes (天生街道 = 500109001), two communities or villages
 * under each street or town, and cadres with seeded names, so every demo is the same.
 */
public final class DemoDirectory {
    /** District codes; 万盛经开区 uses the code of the former 万盛区. */
    static final Map<String, String> DISTRICTS = new LinkedHashMap<>(Map.of());
    static final List<String> OFFICES = List.of("区纪委监委", "区委督查办");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玲志文斌波辉鹏宇浩然欣怡晨阳";
    private static final String[] ORDINALS = {"第一", "第二"};

    static {
        DISTRICTS.put("北碚区", "500109");
        DISTRICTS.put("巴南区", "500113");
        DISTRICTS.put("万盛经开区", "500110");
    }

    public record DemoUnit(String code, String name, UnitKind kind, String parentCode) {
    }

    private DemoDirectory() {
    }

    public static List<DemoUnit> units() {
        List<DemoUnit> units = new ArrayList<>();
        List<String> departments = column(read("demo/district-departments.csv"), "name");
        DISTRICTS.forEach((district, districtCode) -> {
            String prefix = district.substring(0, district.length() - 1);
            for (int i = 0; i < departments.size(); i++) {
                String department = departments.get(i);
                String name = department.startsWith("区") ? prefix + department : district + department;
                UnitKind kind = OFFICES.contains(department) ? UnitKind.OFFICE : UnitKind.DEPARTMENT;
                units.add(new DemoUnit(departmentCode(districtCode, i), name, kind, null));
            }
        });
        Map<String, Integer> sequence = new LinkedHashMap<>();
        for (CSVRecord row : read("demo/grassroots-units.csv")) {
            String districtCode = Objects.requireNonNull(DISTRICTS.get(row.get("district")), row.get("district"));
            int next = sequence.merge(districtCode, 1, Integer::sum);
            String code = districtCode + String.format("%03d", next);
            UnitKind kind = UnitKind.valueOf(row.get("kind"));
            units.add(new DemoUnit(code, row.get("name"), kind, null));
            for (int c = 0; c < ORDINALS.length; c++) {
                boolean street = kind == UnitKind.STREET;
                units.add(new DemoUnit(code + String.format("%03d", c + 1),
                                       row.get("name") + ORDINALS[c] + (street ? "社区" : "村"),
                                       street ? UnitKind.COMMUNITY : UnitKind.VILLAGE, code));
            }
        }
        return units;
    }

    /** The code of a district's n-th department (from 0), e.g. 500109D01. */
    public static String departmentCode(String districtCode, int index) {
        return districtCode + "D" + String.format("%02d", index + 1);
    }

    public static String departmentCode(String districtCode, String department) {
        return departmentCode(districtCode, column(read("demo/district-departments.csv"), "name").indexOf(department));
    }

    public static String unitsCsv(List<DemoUnit> units) {
        StringBuilder csv = new StringBuilder("code,name,kind,parentCode\n");
        units.forEach(unit -> csv.append(unit.code()).append(',').append(unit.name()).append(',')
                                 .append(unit.kind()).append(',')
                                 .append(unit.parentCode() == null ? "" : unit.parentCode()).append('\n'));
        return csv.toString();
    }

    /** Six cadres for a street or town, three for a department or office, two for a community or village. */
    public static String cadresCsv(List<DemoUnit> units) {
        Random random = new Random(2026);
        StringBuilder csv = new StringBuilder("id,name,unitCode,topLeader\n");
        for (DemoUnit unit : units) {
            int count = switch (unit.kind()) {
                case STREET, TOWN -> 6;
                case DEPARTMENT, OFFICE -> 3;
                case COMMUNITY, VILLAGE -> 2;
            };
            for (int n = 1; n <= count; n++) {
                String name = "" + SURNAMES.charAt(random.nextInt(SURNAMES.length()))
                        + GIVEN.charAt(random.nextInt(GIVEN.length()))
                        + (random.nextBoolean() ? "" + GIVEN.charAt(random.nextInt(GIVEN.length())) : "");
                csv.append(cadreId(unit.code(), n)).append(',').append(name).append(',').append(unit.code())
                   .append(',').append(n == 1).append('\n');
            }
        }
        return csv.toString();
    }

    /** The id of a unit's n-th demo cadre (from 1); the first is its top leader. */
    public static String cadreId(String unitCode, int n) {
        return "c-" + unitCode + "-" + String.format("%02d", n);
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(DemoDirectory.class.getClassLoader().getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> column(List<CSVRecord> rows, String name) {
        return rows.stream().map(row -> row.get(name)).toList();
    }
}
