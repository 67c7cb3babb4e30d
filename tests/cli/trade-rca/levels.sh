# A heading and its subheadings would count twice in a reporter's total.
printf 'period,reporter,partner,flow,product,value\n2023,KOR,WLD,X,8703,48.75\n2023,KOR,WLD,X,870323,12.5\n2023,WLD,WLD,X,TOTAL,1500\n' | trade-rca
