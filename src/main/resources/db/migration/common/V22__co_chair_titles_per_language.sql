-- The co-chairs' titles in Russian and Georgian, for the public directory; the reference titles get theirs.
ALTER TABLE co_chair_representative ADD COLUMN title_ru VARCHAR(200);
ALTER TABLE co_chair_representative ADD COLUMN title_ka VARCHAR(200);
UPDATE co_chair_representative
   SET title_ru = 'Специальный представитель ЕС по Южному Кавказу и кризису в Грузии',
       title_ka = 'ევროკავშირის სპეციალური წარმომადგენელი სამხრეთ კავკასიისა და საქართველოში არსებული კრიზისის საკითხებში'
 WHERE title = 'EU Special Representative for the South Caucasus and the crisis in Georgia';
UPDATE co_chair_representative
   SET title_ru = 'Представитель ООН на Женевских международных дискуссиях',
       title_ka = 'გაეროს წარმომადგენელი ჟენევის საერთაშორისო დისკუსიებზე'
 WHERE title = 'UN Representative to the Geneva International Discussions';
UPDATE co_chair_representative
   SET title_ru = 'Специальный представитель Генерального секретаря ООН по Грузии',
       title_ka = 'გაეროს გენერალური მდივნის სპეციალური წარმომადგენელი საქართველოში'
 WHERE title = 'UN Secretary-General''s Special Representative for Georgia';
UPDATE co_chair_representative
   SET title_ru = 'Специальный представитель действующего председателя ОБСЕ по Южному Кавказу',
       title_ka = 'ეუთოს მოქმედი თავმჯდომარის სპეციალური წარმომადგენელი სამხრეთ კავკასიაში'
 WHERE title = 'Special Representative of the OSCE Chairperson-in-Office for the South Caucasus';
