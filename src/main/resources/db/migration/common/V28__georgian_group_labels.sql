-- The reference groups that had no Georgian label get one; a group whose labels were set otherwise is left alone.
UPDATE participant_group SET label_ka = 'მონაწილეები სოხუმიდან'
    WHERE label_ka IS NULL AND label = 'participants from Sukhum(i)';
UPDATE participant_group SET label_ka = 'მონაწილეები ცხინვალიდან'
    WHERE label_ka IS NULL AND label = 'participants from Tskhinval(i)';
UPDATE participant_group SET label_ka = 'მონაწილეები თბილისში მოქმედი აფხაზეთის ადმინისტრაციიდან'
    WHERE label_ka IS NULL AND label = 'participants from the Tbilisi-based administration for Abkhazia';
UPDATE participant_group SET label_ka = 'მონაწილეები თბილისში მოქმედი სამხრეთ ოსეთის ადმინისტრაციიდან'
    WHERE label_ka IS NULL AND label = 'participants from the Tbilisi-based administration for South Ossetia';
